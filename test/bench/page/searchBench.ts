import { createCaseRepository } from '../../../renderer/cases/caseRepository';
import { createDatabase } from '../../../renderer/db/database';
import { openSnapshotStore } from '../../../renderer/search/snapshotStore';
import { defaultReferencePattern } from '@shared/cases/reference';
import { plainText } from '@shared/richText/plainText';
import { generateCases } from './generateCases';

/* What a board says about every kind of case, and what it says only about one kind of technology. */
const general = [
  'Het adviesorgaan vraagt hoe uitlegbaar de uitkomsten zijn voor inwoners die erdoor geraakt worden.',
  'De privacyfunctionaris adviseert de bewaartermijn te koppelen aan het doel van de inzet.',
  'De beslissingen blijven bij een medewerker; de techniek ondersteunt alleen.',
  'Het college wordt gevraagd de evaluatie na een jaar aan de raad te sturen.',
  'Een lid wijst op het risico dat het doel later stilzwijgend wordt verbreed.',
  'De proceseigenaar zegt toe de DPIA aan te vullen voor de volgende vergadering.',
];
const byTechnology: Record<string, string[]> = {
  camera: [
    'De werkgroep bespreekt welke beelden de camera vastlegt en hoe lang die worden bewaard.',
    'Bewoners maken zich zorgen over het gevoel voortdurend bekeken te worden op het plein.',
    'Gezichtsherkenning is uitgesloten; alleen groepsvorming wordt als signaal getoond.',
  ],
  sensor: [
    'Sensoren tellen passanten zonder persoonsgegevens op te slaan.',
    'Ondernemers willen de drukte per straat zien, bewoners vragen wie de gegevens bezit.',
  ],
  dashboard: [
    'Leidinggevenden mogen het dashboard niet gebruiken om individuele medewerkers te beoordelen.',
    'De cijfers op buurtniveau kunnen kleine groepen herkenbaar maken.',
  ],
  app: [
    'De koppeling van inkomensgegevens vraagt om toestemming van de inwoner.',
    'Inwoners moeten zelf kunnen zien welke gegevens de app gebruikt.',
  ],
  datakoppeling: [
    'Er is discussie over de vraag of een risicoscore op wijkniveau tot profilering leidt.',
    'Het combineren van bronnen tegen ondermijning raakt ook ondernemers die niets misdaan hebben.',
  ],
  algoritme: [
    'Het lerende model voorspelt de kosten van Wmo en jeugdhulp per wijk.',
    'De algoritmes worden opgenomen in het algoritmeregister met een uitleg in gewone taal.',
  ],
  drone: [
    'Een drone boven het buitengebied filmt ook erven en tuinen van omwonenden.',
    'Handhavers willen de drone alleen inzetten na een melding.',
  ],
};

/** A note of a few sentences about its case's technology and the board's usual concerns. */
function noteText(technology: string, n: number): string {
  const own = byTechnology[technology] ?? [];
  const pool = [...own, ...own, ...general];
  return Array.from({ length: 4 + (n % 4) }, (_, i) => pool[(n * 7 + i * 5) % pool.length]).join(' ') + ` Afspraak ${n}.`;
}

/** `caseCount` cases through the repository, and `notesPerCase` notes on each, written as the app stores them. */
async function seedSearchData(caseCount: number, notesPerCase: number): Promise<{ cases: number; notes: number }> {
  const db = createDatabase();
  const cases = createCaseRepository(db);
  for (let offset = 0; offset < caseCount; offset += 1000) {
    await cases.register(generateCases(Math.min(1000, caseCount - offset), offset), defaultReferencePattern);
  }
  const stored = (await db.cases.toArray()).map((c) => ({ id: c.id, technology: c.technology }));
  const meetingId = crypto.randomUUID();
  let written = 0;
  for (let offset = 0; offset < stored.length; offset += 1000) {
    const notes = stored.slice(offset, offset + 1000).flatMap(({ id: caseId, technology }, i) =>
      Array.from({ length: notesPerCase }, (_, k) => ({
        id: crypto.randomUUID(),
        meetingId,
        agendaItemId: crypto.randomUUID(),
        caseId,
        doc: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: noteText(technology, (offset + i) * notesPerCase + k) }] }] },
        updatedAt: new Date(Date.UTC(2020, 0, 1 + ((offset + i) % 2000))).toISOString(),
        deletedAt: null,
      })),
    );
    await db.notes.bulkPut(notes);
    written += notes.length;
  }
  db.close();
  return { cases: stored.length, notes: written };
}

/**
 * What search costs without an index: every case's and note's text, already
 * in memory and in lower case, scanned for the query. The same data the index
 * holds, so the ratio says what the index buys.
 */
async function linearScanTimes(queries: string[], runs: number): Promise<number[]> {
  const db = createDatabase();
  const texts = [
    ...(await db.cases.toArray()).map((c) => `${c.title}\n${c.question}\n${c.themes.join(' ')}`.toLowerCase()),
    ...(await db.caseDescriptions.toArray()).map((d) => plainText(d.doc).toLowerCase()),
    ...(await db.notes.toArray()).map((n) => plainText(n.doc).toLowerCase()),
  ];
  db.close();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      const words = query.toLowerCase().replace(/"/g, '').split(/\s+/);
      const start = performance.now();
      let found = 0;
      for (const text of texts) if (words.every((word) => text.includes(word))) found++;
      times.push(performance.now() - start);
      if (found < 0) throw new Error('unreachable');
    }
  }
  return times;
}

/** Bytes of the stored index (its JSON as UTF-8, not its length in characters) once it holds all `documents`; 0 while an older or smaller one is stored. */
async function indexSize(documents: number): Promise<number> {
  const store = openSnapshotStore();
  try {
    const snapshot = await store.load();
    return snapshot?.json.slice(0, 200).includes(`"documentCount":${documents},`) ? new TextEncoder().encode(snapshot.json).length : 0;
  } finally {
    store.close();
  }
}

(window as unknown as { beraadSearchBench: unknown }).beraadSearchBench = { seedSearchData, linearScanTimes, indexSize };
