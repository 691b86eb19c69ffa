import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helloToken, caseDocumentName } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { everyTable } from '../../../fixtures/backup/records';
import { createAccountSession } from '../../../support/accounts';
import { within, type YjsClient } from '../../../support/yjsClient';
import { caseId, member, seeded, versionId } from '../decisions/seedCase';
import { useInProcessServers } from '../inProcessServer';

const statusOf = (client: YjsClient, id: string) => (readRecord(client.doc, 'adviceVersions', id) as { status?: string } | null)?.status;

async function until(check: () => boolean, what: string): Promise<void> {
  await within(
    (async () => {
      while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
    })(),
    what,
  );
}

describe('decisionGuard', () => {
  const servers = useInProcessServers();

  it('undoes a member’s app writing a decision into the document, for an existing version and a new one, and logs it', async () => {
    const { server, dataDir, caseDoc } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member, name: 'Noor' });
    const rogue = await servers.connect(server, caseDocumentName(caseId), helloToken(noor.accessToken));
    writeRecord(rogue.doc, 'adviceVersions', versionId, { status: 'issued', issuedAt: '2026-03-03T10:00:00.000Z' }, ['status', 'issuedAt']);
    const forged = '0b8f4c36-3d3c-4e4a-9a57-6f1e1c1a00ff';
    writeRecord(rogue.doc, 'adviceVersions', forged, { ...everyTable.adviceVersions[0], id: forged, number: 2, status: 'approved' }, null);

    await until(() => statusOf(rogue, versionId) === 'review' && statusOf(rogue, forged) === 'draft', 'the rogue app sees its writes undone');
    await until(() => statusOf(caseDoc, versionId) === 'review' && statusOf(caseDoc, forged) === 'draft', 'the others never keep them');
    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    const undone = async () =>
      (await store.auditEntries())
        .filter((entry) => entry.outcome === 'undone:written_by_app')
        .map((entry) => [entry.accountName, entry.target])
        .sort();
    try {
      // The log is written after the document is put right: wait for it.
      await expect.poll(undone).toHaveLength(2);
      expect(await undone()).toEqual([
        ['Noor', `${caseDocumentName(caseId)}/${versionId}`],
        ['Noor', `${caseDocumentName(caseId)}/${forged}`],
      ]);
    } finally {
      await store.close();
    }
  });

  it('lets the secretary bring versions the server has not seen as they are, so a solo database keeps its history', async () => {
    const { server, caseDoc } = await seeded(servers);
    const earlier = '0b8f4c36-3d3c-4e4a-9a57-6f1e1c1a00fe';
    writeRecord(caseDoc.doc, 'adviceVersions', earlier, { ...everyTable.adviceVersions[0], id: earlier, number: 2, status: 'issued', issuedAt: '2025-11-01T10:00:00.000Z' }, null);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const reader = await servers.connect(server, caseDocumentName(caseId));
    expect(statusOf(reader, earlier)).toBe('issued');
  });

  it('undoes an app writing a conclusion or a publication into the document: those are the server’s to record', async () => {
    const { server, caseDoc } = await seeded(servers);
    const noor = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid', personId: member });
    const rogue = await servers.connect(server, caseDocumentName(caseId), helloToken(noor.accessToken));
    const conclusion = { decision: 'adopted', reasons: '', receivedOn: '2026-03-04' };
    const publication = { classificationChecked: true, publicSummary: '', publishedOn: '2026-03-05', url: '' };
    writeRecord(rogue.doc, 'advices', caseId, { conclusion, conclusionRecordedAt: '2026-03-04T10:00:00.000Z', publication }, ['conclusion', 'conclusionRecordedAt', 'publication']);

    const adviceOf = (client: YjsClient) => readRecord(client.doc, 'advices', caseId) as { conclusion: unknown; publication: { publishedOn: string | null } };
    await until(() => adviceOf(rogue).conclusion === null && adviceOf(rogue).publication.publishedOn === null, 'the rogue app sees its writes undone');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(adviceOf(caseDoc)).toMatchObject({ conclusion: null, publication: { publishedOn: null } });
  });
});
