import JSZip from 'jszip';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { packDocument, type DocumentMeta } from '@shared/export/docxPackage';
import { contentWidth } from '@shared/export/documentStyles';
import { ListNumbering } from '@shared/export/listNumbering';
import { richTextToDocx } from '@shared/export/richTextToDocx';

export interface DocxParts {
  files: string[];
  document: string;
  styles: string;
  numbering: string;
  core: string;
  custom: string;
  app: string;
  headers: string[];
  footers: string[];
  part(path: string): Promise<string | undefined>;
}

/** Opens a .docx the way a reader would and returns its XML parts as text. */
export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  const matching = (pattern: RegExp) => Promise.all(files.filter((f) => pattern.test(f)).sort().map(text));
  return {
    files,
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    numbering: await text('word/numbering.xml'),
    core: await text('docProps/core.xml'),
    custom: await text('docProps/custom.xml'),
    app: await text('docProps/app.xml'),
    headers: await matching(/^word\/header\d+\.xml$/),
    footers: await matching(/^word\/footer\d+\.xml$/),
    part: async (path) => zip.file(path)?.async('string'),
  };
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

export const testMeta: DocumentMeta = {
  title: 'Testdocument',
  subject: 'Onderwerp',
  description: 'Beschrijving',
  keywords: ['a', 'b'],
  creator: 'Ethisch adviesorgaan',
  reference: 'EA-2026-001',
  custom: {},
  createdAt: new Date('2026-03-01T10:00:00Z'),
};

/** A whole .docx holding one rich-text document, as the walker writes it. */
export async function richTextDocx(doc: unknown): Promise<DocxParts> {
  const lists = new ListNumbering();
  const body = richTextToDocx(doc, { lists, width: contentWidth, accent: defaultHouseStyle.accentColor });
  return unzipDocx(await packDocument({ meta: testMeta, style: defaultHouseStyle, body, numbering: lists.definitions() }));
}
