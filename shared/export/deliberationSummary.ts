import type { DeliberationRecord, SectionValue } from '../meetings/recordSchema';
import type { MethodTemplate } from '../methods/methodTemplate';
import { directionLabels } from './documentTexts';

/** A structured deliberation record as lines of text under the titles of its method's sections. */
export interface DeliberationSummary {
  method: string;
  sections: { title: string; lines: string[] }[];
  dissent: string;
  agreements: string[];
}

const filled = (lines: readonly string[]) => lines.map((line) => line.trim()).filter(Boolean);

function linesOf(value: SectionValue): string[] {
  switch (value.kind) {
    case 'text':
      return filled(value.text.split(/\r?\n/));
    case 'list':
      return filled(value.items);
    case 'actors':
      return value.actors
        .filter((actor) => actor.name.trim() !== '')
        .map((actor) => {
          const parts = [
            filled(actor.positiveEffects).length ? `positief: ${filled(actor.positiveEffects).join('; ')}` : '',
            filled(actor.negativeEffects).length ? `negatief: ${filled(actor.negativeEffects).join('; ')}` : '',
            filled(actor.values).length ? `waarden: ${filled(actor.values).join('; ')}` : '',
          ].filter(Boolean);
          return parts.length ? `${actor.name.trim()} — ${parts.join(' · ')}` : actor.name.trim();
        });
    case 'options':
      return (['technology', 'environment', 'user'] as const)
        .filter((direction) => filled(value.options[direction]).length > 0)
        .map((direction) => `${directionLabels[direction]}: ${filled(value.options[direction]).join('; ')}`);
  }
}

/**
 * Sections follow the template version the record was started with; a
 * section whose template is gone still shows, under its key, rather than
 * silently dropping what was written.
 */
export function summarizeRecord(record: DeliberationRecord, template: MethodTemplate | undefined): DeliberationSummary {
  const titled = template?.sections.map((s) => [s.key, s.title] as const) ?? [];
  const keys = [...titled.map(([key]) => key), ...Object.keys(record.sections).filter((key) => !titled.some(([k]) => k === key))];
  const titleOf = new Map(titled);
  return {
    method: template?.name ?? record.template.id,
    sections: keys
      .map((key) => ({ title: titleOf.get(key) ?? key, lines: record.sections[key] ? linesOf(record.sections[key]) : [] }))
      .filter((section) => section.lines.length > 0),
    dissent: record.dissent.trim(),
    agreements: filled(record.agreements),
  };
}
