/*
 * The TOOI and EU vocabulary concepts an advice is published with, each
 * exactly as the value lists of DiWoo 0.9.8 give it
 * (test/fixtures/diwoo/xsd/diwoo/diwoo-metadata-lijsten.xsd; a test checks
 * every one against that file, since the schema refuses any other URI).
 */
export interface Concept {
  uri: string;
  label: string;
}

/** Woo art. 3.3 lid 2: scw_woo_informatiecategorieen version 4. */
export const informationCategoryAdviezen: Concept = { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7', label: 'adviezen' };

/** ccw_plooi_documentsoorten version 7. */
export const documentTypeAdvies: Concept = { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_d506b718', label: 'advies' };

/*
 * ccw_plooi_documenthandelingen version 2 holds only ondertekening, ontvangst
 * and vaststelling: there is no concept for publication, so the publication
 * date travels as extra metadata.
 */
export const actionVaststelling: Concept = { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76', label: 'vaststelling' };

/** scw_talen version 1: the EU language authority table. */
export const languageDutch: Concept = { uri: 'http://publications.europa.eu/resource/authority/language/NLD', label: 'Nederlands' };

/** ccw_plooi_filetypes version 4: the EU file-type table, not media types. */
export const fileFormats = {
  pdf: { uri: 'http://publications.europa.eu/resource/authority/file-type/PDF', label: 'PDF' },
  odt: { uri: 'http://publications.europa.eu/resource/authority/file-type/ODT', label: 'ODT' },
  docx: { uri: 'http://publications.europa.eu/resource/authority/file-type/DOCX', label: 'Word DOCX' },
} as const satisfies Record<string, Concept>;
export type FileFormat = keyof typeof fileFormats;

export const themeUri = (id: string): string => `https://identifier.overheid.nl/tooi/def/thes/top/${id}`;
