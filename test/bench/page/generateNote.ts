import type { RichText } from '@shared/cases/caseSchema';

const sentences = [
  'De werkgroep bespreekt welke beelden de camera vastlegt en hoe lang die worden bewaard.',
  'Bewoners maken zich zorgen over het gevoel voortdurend bekeken te worden op het plein.',
  'De toezichthouder wijst erop dat een melding altijd door een mens wordt beoordeeld.',
  'Het adviesorgaan vraagt hoe uitlegbaar de signalen zijn voor wie erdoor geraakt wordt.',
  'Er is discussie over de vraag of groepsvorming op zichzelf een reden tot zorg mag zijn.',
  'De privacyfunctionaris adviseert de bewaartermijn te koppelen aan het doel van de inzet.',
];

/** About `pages` A4 pages of meeting notes: headings, paragraphs and lists, as a long session produces. */
export function generateNote(pages: number): RichText {
  const content: unknown[] = [];
  for (let page = 0; page < pages; page++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Onderdeel ${page + 1}` }] });
    for (let paragraph = 0; paragraph < 5; paragraph++) {
      const text = Array.from({ length: 6 }, (_, i) => sentences[(page + paragraph + i) % sentences.length]).join(' ');
      content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
    content.push({
      type: 'bulletList',
      content: sentences.slice(0, 3).map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })),
    });
  }
  return { type: 'doc', content };
}
