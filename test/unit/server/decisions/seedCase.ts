import { boardDocumentName, caseDocumentName } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { everyTable, ids } from '../../../fixtures/backup/records';
import { within, type YjsClient } from '../../../support/yjsClient';
import type { useInProcessServers } from '../inProcessServer';

export const caseId = ids.caseA;
export const versionId = ids.version;
export const member = ids.person;
export const excluded = ids.person2;

/** A case whose advice version is in review, with one member on its board and one who declared a conflict and takes no part. */
function seedCaseInReview(caseDoc: YjsClient, boardDoc: YjsClient) {
  writeRecord(boardDoc.doc, 'people', member, { ...everyTable.people[0], name: 'Noor Bakker' }, null);
  writeRecord(boardDoc.doc, 'people', excluded, { ...everyTable.people[1], name: 'Piet Jansen', active: true }, null);
  writeRecord(caseDoc.doc, 'cases', caseId, { ...everyTable.cases[0], status: 'advies_in_opstelling' }, null);
  writeRecord(caseDoc.doc, 'advices', caseId, { ...everyTable.advices[0], latest: { number: 1, status: 'review' } }, null);
  writeRecord(caseDoc.doc, 'adviceVersions', versionId, { ...everyTable.adviceVersions[0], status: 'review' }, null);
  writeRecord(
    caseDoc.doc,
    'caseBoards',
    caseId,
    {
      caseId,
      members: [
        { personId: member, role: 'lid' },
        { personId: excluded, role: 'lid' },
      ],
      conflicts: [{ personId: excluded, declaredOn: '2026-03-02', description: 'Zus van de aanvrager', measure: 'neemt_niet_deel' }],
      note: '',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
    null,
  );
}

export async function seeded(servers: ReturnType<typeof useInProcessServers>) {
  const dataDir = await servers.newDataDir();
  const server = await servers.start(dataDir);
  const caseDoc = await servers.connect(server, caseDocumentName(caseId));
  const boardDoc = await servers.connect(server, boardDocumentName);
  seedCaseInReview(caseDoc, boardDoc);
  // The next connection reads what the server has: the seed must have arrived.
  await within(
    (async () => {
      for (;;) {
        const reader = await servers.connect(server, caseDocumentName(caseId));
        if (readRecord(reader.doc, 'caseBoards', caseId) !== null) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })(),
    'the seeded case reaches the server',
  );
  return { server, dataDir, caseDoc };
}
