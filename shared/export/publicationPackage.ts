import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PublicAdvice } from '../publication/publicModel';
import { documentFileNameAs, fileStem } from './documentFile';
import type { Publisher } from './diwoo/publisher';
import { formatDutchDate } from './documentTexts';
import { buildAdviceDocument } from './adviceDocument';
import { writeDiwoo } from './diwoo/diwooDocument';
import type { HouseStyle } from './houseStyle';
import { buildAdviceOdt } from './odt/adviceOdt';

/** The files a publication package can hold; the builder takes them made, so a new format is one more entry. */
export const packageFileKinds = ['pdf', 'odt', 'docx', 'diwoo'] as const;
export type PackageFileKind = (typeof packageFileKinds)[number];

export interface PackageFile {
  kind: PackageFileKind;
  name: string;
  bytes: Uint8Array;
}

export const readmeName = 'LEESMIJ.txt';

/** What each file is, in the words of someone who puts documents on the municipality's website. */
const descriptions: Record<PackageFileKind, string> = {
  pdf: 'het openbare advies als PDF/A, toegankelijk en geschikt voor archivering. Dit is het bestand om te publiceren.',
  odt: 'het openbare advies als OpenDocument-tekst (ODF), de open standaard voor tekstdocumenten.',
  docx: 'het openbare advies als Word-document, het origineel om zo nodig te bewerken. Niet bedoeld om te publiceren.',
  diwoo: 'de metadata volgens de Woo-metadatastandaard DiWoo 0.9.8: uitgever, informatiecategorie, datum en meer, voor de Woo-index.',
};

/*
 * A web editor reads this before anything else in the package, often in
 * Notepad: plain text, Windows line ends, and only about the files that are
 * really in it (the PDF is named only when the package has one).
 */
function readme(advice: PublicAdvice, publisher: Publisher, files: readonly PackageFile[], made: Date): string {
  const has = (kind: PackageFileKind) => files.some((file) => file.kind === kind);
  const toPublish = files.find((file) => file.kind === 'pdf') ?? files.find((file) => file.kind === 'odt');
  const metadata = files.find((file) => file.kind === 'diwoo');
  const steps = [
    ...(toPublish ? [`Plaats ${toPublish.name} op de website van de gemeente, bij de adviezen van het ${advice.bodyName}.`] : []),
    ...(metadata
      ? [
          `Geef ${metadata.name} mee aan het systeem dat de gemeente gebruikt om documenten aan de Woo-index (open.overheid.nl) te leveren. ` +
            'Het bestand beschrijft het advies met de waarden die de Woo-index vraagt; u hoeft ze niet over te typen.',
        ]
      : []),
    `Geef de publicatiedatum en het webadres door aan het secretariaat van het ${advice.bodyName}, zodat ze bij het advies worden vastgelegd.`,
  ];
  const lines = [
    `Publicatiepakket advies ${advice.reference}: ${advice.title}`,
    `${advice.bodyName}, ${publisher.name}. Gemaakt op ${formatDutchDate(made.toISOString())}.`,
    '',
    'Wat zit er in dit pakket?',
    ...files.map((file) => `- ${file.name}: ${descriptions[file.kind]}`),
    '',
    'Alle bestanden zijn de openbare versie: personen staan er met hun rol in, vertrouwelijke delen zijn weggelaten en de tekst is voor publicatie gecontroleerd.',
    '',
    'Zo publiceert u het advies',
    ...steps.map((step, index) => `${index + 1}. ${step}`),
    ...(has('pdf') ? [] : ['', 'Er zit geen PDF in dit pakket. Vraagt uw website om een PDF, maak die dan van het ODT-bestand (bijvoorbeeld met LibreOffice: Exporteren als PDF/A).']),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** "publicatiepakket-EA-2026-007.zip". */
export const packageFileName = (advice: PublicAdvice): string => documentFileNameAs('zip', 'publicatiepakket', advice.reference);

/**
 * One zip for the web editor: the public advice in every format it was made
 * in, its DiWoo metadata and a readme that says what each file is and how to
 * publish. Pure: the files come in made, in the order they are listed.
 */
export function buildPublicationPackage(advice: PublicAdvice, publisher: Publisher, files: readonly PackageFile[], made = new Date()): Uint8Array<ArrayBuffer> {
  const entries: Zippable = { [readmeName]: strToU8(readme(advice, publisher, files, made)) };
  // A PDF, a docx and an odt are compressed already; storing them keeps the zip quick to make.
  for (const file of files) entries[file.name] = file.kind === 'diwoo' ? file.bytes : [file.bytes, { level: 0 }];
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/**
 * The files of the package of one public advice: the PDF/A when one was made
 * (its writer needs fonts loaded by the caller), Word, ODT, and the DiWoo
 * metadata, which describes the file the Woo-index links to: the PDF, or
 * without one the ODT (the open format).
 */
export async function publicAdviceFiles(
  advice: PublicAdvice,
  style: HouseStyle,
  publisher: Publisher,
  now = new Date(),
  pdf?: Uint8Array<ArrayBuffer>,
): Promise<PackageFile[]> {
  const stem = ['advies', advice.reference, 'openbaar'] as const;
  return [
    ...(pdf ? [{ kind: 'pdf' as const, name: documentFileNameAs('pdf', ...stem), bytes: pdf }] : []),
    { kind: 'odt', name: documentFileNameAs('odt', ...stem), bytes: buildAdviceOdt(advice, style, publisher, now) },
    { kind: 'docx', name: documentFileNameAs('docx', ...stem), bytes: await buildAdviceDocument(advice, style, now, publisher) },
    { kind: 'diwoo', name: diwooFileName(advice), bytes: strToU8(writeDiwoo(advice, publisher, pdf ? 'pdf' : 'odt')) },
  ];
}

/** "advies-EA-2026-007-diwoo.xml". */
export const diwooFileName = (advice: PublicAdvice): string => `${fileStem('advies', advice.reference, 'diwoo')}.xml`;
