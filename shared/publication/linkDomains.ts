/**
 * Domains whose links a public document keeps by default (a subdomain
 * counts too: wetten.overheid.nl is overheid.nl): sites of the government
 * and its institutions, whose pages are public records and publish no
 * citizen's name. The secretary edits the list in Settings; the
 * municipality's own domain counts besides it (see settingsSchema).
 * - overheid.nl: wetten, lokale regelgeving, open overheid, the algorithm register;
 * - rijksoverheid.nl, government.nl: the central government;
 * - officielebekendmakingen.nl: the official gazettes;
 * - digitaleoverheid.nl, vng.nl: standards and guidance for municipalities;
 * - autoriteitpersoonsgegevens.nl, nationaleombudsman.nl, rekenkamer.nl,
 *   raadvanstate.nl, tweedekamer.nl, eerstekamer.nl, cbs.nl: supervisors,
 *   advisers, parliament and statistics;
 * - europa.eu: EU law and institutions (eur-lex, the EDPB).
 */
export const governmentDomains = [
  'overheid.nl',
  'rijksoverheid.nl',
  'government.nl',
  'officielebekendmakingen.nl',
  'digitaleoverheid.nl',
  'vng.nl',
  'autoriteitpersoonsgegevens.nl',
  'nationaleombudsman.nl',
  'rekenkamer.nl',
  'raadvanstate.nl',
  'tweedekamer.nl',
  'eerstekamer.nl',
  'cbs.nl',
  'europa.eu',
] as const;

