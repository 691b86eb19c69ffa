import type { AdviceExportModel } from './adviceExportModel';
import { classificationLabels, documentClassification, formatDutchDate } from './documentTexts';

/** The label-value block at the top of an advice; the Word document and the on-screen preview show the same rows. */
export function adviceMetadataRows(model: AdviceExportModel): [string, string][] {
  return [
    ['Titel', model.title],
    ['Zaaknummer', model.reference],
    ['Datum', model.issuedOn ? formatDutchDate(model.issuedOn) : `Nog niet uitgebracht (${model.status.toLowerCase()})`],
    ['Uitgebracht door', model.bodyName],
    ['Proceseigenaar', model.processOwner],
    ['Aanvraag', model.solicited ? 'Gevraagd advies' : 'Ongevraagd advies'],
    ...(model.requester ? [['Aanvrager', model.requester] as [string, string]] : []),
    ['Technologie', model.technology],
    ...(model.themes.length ? [["Thema's", model.themes.join(', ')] as [string, string]] : []),
    ['Classificatie', documentClassification(model.variant, model.classification)],
    ...(model.variant === 'internal' && model.classification !== 'vertrouwelijk'
      ? [['Classificatie openbare versie', classificationLabels[model.classification]] as [string, string]]
      : []),
    ['Versie', `${model.versionNumber} (${model.status.toLowerCase()})`],
    ['Documentversie', model.variant === 'public' ? 'Openbare versie' : 'Interne versie, niet openbaar'],
  ];
}
