import type { MethodTemplate, TemplateSection } from '../methods/methodTemplate';
import type { DeliberationRecord, SectionValue } from './recordSchema';

/* Apart from the schemas (./recordSchema.ts): a blank record is made without loading them. */

export function emptySection(section: TemplateSection): SectionValue {
  switch (section.kind) {
    case 'text':
      return { kind: 'text', text: '' };
    case 'list':
      return { kind: 'list', items: [] };
    case 'actors':
      return { kind: 'actors', actors: [] };
    case 'options':
      return { kind: 'options', options: { technology: [], environment: [], user: [] } };
  }
}

/** A fresh record for an agenda item, with an empty value for every section of the template. */
export function newRecord(
  ids: Pick<DeliberationRecord, 'id' | 'meetingId' | 'agendaItemId' | 'caseId'>,
  template: MethodTemplate,
  now: Date,
): DeliberationRecord {
  return {
    ...ids,
    template: { id: template.id, version: template.version },
    sections: Object.fromEntries(template.sections.map((section) => [section.key, emptySection(section)])),
    dissent: '',
    agreements: [],
    updatedAt: now.toISOString(),
    deletedAt: null,
  };
}
