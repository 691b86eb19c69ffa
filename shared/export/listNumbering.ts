import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';

export const bulletReference = 'beraad-bullets';
export const orderedReference = 'beraad-ordered';
const taskOpenReference = 'beraad-task-open';
const taskDoneReference = 'beraad-task-done';

/** A task's marker says whether it is done, so an open and a finished task are each their own list style. */
export const taskReference = (done: boolean) => (done ? taskDoneReference : taskOpenReference);

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

function markerLevels(marker: (level: number) => string): ILevelsOptions[] {
  return levels.map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: marker(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: indent(level) } },
  }));
}

const bullets: NumberingDefinition = { reference: bulletReference, levels: markerLevels((level) => bulletSymbols[level % 3]!) };
const tasks = (done: boolean): NumberingDefinition => ({ reference: taskReference(done), levels: markerLevels(() => (done ? '☑' : '☐')) });

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
    return [bullets, tasks(false), tasks(true), ordered(orderedReference), ...extra];
  }
}

/** The indent of text inside a list item at `level` that is not the item's first paragraph. */
export const listContinuationIndent = (level: number) => ({ left: 360 * (level + 1) });
