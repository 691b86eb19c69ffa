import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';

export const bulletReference = 'beraad-bullets';
export const orderedReference = 'beraad-ordered';

const levels = Array.from({ length: 9 }, (_, level) => level);
const indent = (level: number) => ({ left: 360 * (level + 1), hanging: 360 });

const bulletSymbols = ['•', '◦', '▪'];
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function orderedLevels(start: number): ILevelsOptions[] {
  return levels.map((level) => ({
    level,
    format: orderedFormats[level % 3],
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: indent(level) } },
  }));
}

export function ordered(reference: string, start = 1): NumberingDefinition {
  return { reference, levels: orderedLevels(start) };
}

const bullets: NumberingDefinition = {
  reference: bulletReference,
  levels: levels.map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bulletSymbols[level % 3],
    alignment: AlignmentType.START,
    style: { paragraph: { indent: indent(level) } },
  })),
};

/**
 * The lists of one document. Every list in the text is its own numbering
 * instance, so a numbered list always counts from its own start instead of
 * carrying on from the list before it.
 */
export class ListNumbering {
  private instances = 0;

  next(): number {
    this.instances += 1;
    return this.instances;
  }

  /** The numbering of an ordered list; one that starts elsewhere than 1 gets a definition of its own. */
  ordered(start: number): string | NumberingDefinition {
    return start === 1 ? orderedReference : ordered(`${orderedReference}-from-${start}`, start);
  }

  definitions(extra: readonly NumberingDefinition[] = []): NumberingDefinition[] {
    return [bullets, ordered(orderedReference), ...extra];
  }
}

/** The indent of text inside a list item at `level` that is not the item's first paragraph. */
export const listContinuationIndent = (level: number) => ({ left: 360 * (level + 1) });
