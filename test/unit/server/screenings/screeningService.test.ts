import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/accounts/accountSchema';
import { screeningPaths } from '@shared/screening/screeningCommand';
import type { Screening } from '@shared/screening/screeningSchema';
import { boardDocumentName, caseDocumentName, helloToken } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { createAccountSession, postJson } from '../../../support/accounts';
import { openClient, refusal, within, type YjsClient } from '../../../support/yjsClient';
import { type InProcessServer, useInProcessServers } from '../inProcessServer';

const at = '2026-12-01T09:00:00.000Z';
const screeningId = '5b0c2f57-7f0e-4d55-9b43-1a2b3c4d5e01';

/** Two questions; the second only when the first is "ja", which also asks for the board. */
const template = (version: number) => ({
  id: 'screening',
  version,
  name: `Screening ${version}`,
  description: '',
  sections: [{ id: 'principles', title: 'Principes', source: '' }],
  questions: [
    { id: 'personal', section: 'principles', text: `Persoonsgegevens (versie ${version})`, help: '', kind: 'single', options: [{ value: 'ja', label: 'Ja', help: '' }, { value: 'nee', label: 'Nee', help: '' }] },
    {
      id: 'profiling',
      section: 'principles',
      text: 'Profilering',
      help: '',
      kind: 'single',
      options: [{ value: 'ja', label: 'Ja', help: '' }, { value: 'nee', label: 'Nee', help: '' }],
      showIf: { question: 'personal', anyOf: ['ja'] },
    },
  ],
  rules: [{ id: 'personalData', when: { question: 'personal', anyOf: ['ja'] }, reason: 'Persoonsgegevens', consult: 'ja', instruments: ['dpia'] }],
  createdAt: at,
});

const screening = (fields: Partial<Screening> = {}): Screening => ({
  id: screeningId,
  templateId: 'screening',
  templateVersion: 2,
  project: { title: 'Slimme lantaarnpalen', filledInBy: 'Lotte Leider', department: 'Openbare ruimte', description: '', question: '', technology: 'sensor' },
  answers: {},
  status: 'inProgress',
  summary: null,
  caseId: null,
  createdAt: at,
  updatedAt: at,
  completedAt: null,
  ...fields,
});

const get = async (server: InProcessServer, path: string, session?: Session) => {
  const response = await fetch(`${server.httpUrl}${path}`, { headers: session ? { Authorization: `Bearer ${session.accessToken}` } : {} });
  return { status: response.status, body: (await response.json()) as unknown };
};
const save = (server: InProcessServer, session: Session, sent: Screening) => postJson(server.httpUrl, screeningPaths.screenings, sent, session.accessToken);

async function until(what: string, check: () => boolean): Promise<void> {
  await within(
    (async () => {
      while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
    })(),
    what,
  );
}

describe('a project lead’s screenings on the server', { timeout: 20_000 }, () => {
  const servers = useInProcessServers();

  async function boardWithTemplates() {
    const dataDir = await servers.newDataDir();
    const server = await servers.start(dataDir);
    const board = await servers.connect(server, boardDocumentName);
    for (const version of [1, 2]) writeRecord(board.doc, 'screeningTemplates', `screening\u001f${version}`, template(version), null);
    await board.acknowledged();
    const lead = await createAccountSession(server.httpUrl, server.secretary, { role: 'projectleider', name: 'Lotte (account)' });
    return { server, dataDir, board, lead };
  }

  const boardScreening = (board: YjsClient) => readRecord(board.doc, 'screenings', screeningId) as Screening | null;

  it('gives a project lead the newest template, and nobody else', async () => {
    const { server, lead } = await boardWithTemplates();
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });

    const answered = await get(server, screeningPaths.templates, lead);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ templates: [{ id: 'screening', version: 2, name: 'Screening 2' }] });
    expect((answered.body as { templates: unknown[] }).templates).toHaveLength(1);
    expect(await get(server, screeningPaths.templates, member)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await get(server, screeningPaths.templates)).toEqual({ status: 401, body: { error: 'unauthenticated' } });
  });

  it('writes the lead’s screening into the board’s document as theirs, works out the outcome itself on completion, and logs both with their name', async () => {
    const { server, dataDir, board, lead } = await boardWithTemplates();

    const started = await save(server, lead, screening({ answers: { personal: { values: ['ja'], explanation: 'Kentekens' } } }));
    expect(started).toMatchObject({ status: 200, body: { ok: true, screening: { accountId: lead.account.id, status: 'inProgress' } } });
    await until('the screening reaches the board', () => boardScreening(board) !== null);
    expect(boardScreening(board)).toMatchObject({ accountId: lead.account.id, project: { filledInBy: 'Lotte Leider' }, answers: { personal: { values: ['ja'] } } });

    // A summary sent along is not taken: the server decides the outcome from the answers.
    const completed = await save(
      server,
      lead,
      screening({
        answers: { personal: { values: ['ja'], explanation: 'Kentekens' }, profiling: { values: ['nee'], explanation: '' } },
        status: 'completed',
        summary: { consult: 'nee', aiActClass: null, instruments: [] },
        completedAt: at,
      }),
    );
    expect(completed).toMatchObject({ status: 200, body: { ok: true, screening: { status: 'completed', summary: { consult: 'ja', instruments: ['dpia'] } } } });
    await until('the completed screening reaches the board', () => boardScreening(board)?.status === 'completed');
    expect(boardScreening(board)?.summary).toEqual({ consult: 'ja', aiActClass: null, instruments: ['dpia'] });
    expect(await get(server, screeningPaths.screenings, lead)).toMatchObject({ status: 200, body: { screenings: [{ id: screeningId, status: 'completed' }] } });

    const store = createSqliteAccountStore(join(dataDir, 'accounts.sqlite'));
    try {
      const entries = (await store.auditEntries()).filter((entry) => entry.target === `screening/${screeningId}`);
      expect(entries.map(({ accountName, action, outcome }) => ({ accountName, action, outcome }))).toEqual([
        { accountName: 'Lotte (account)', action: 'screening.save', outcome: 'ok' },
        { accountName: 'Lotte (account)', action: 'screening.complete', outcome: 'ok' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses answers the template does not have, an early completion and an unknown template version; nothing is written', async () => {
    const { server, board, lead } = await boardWithTemplates();

    expect((await save(server, lead, screening({ answers: { personal: { values: ['misschien'], explanation: '' } } }))).body).toEqual({ ok: false, reasons: ['invalid_answer'] });
    expect((await save(server, lead, screening({ answers: { unknown: { values: ['ja'], explanation: '' } } }))).body).toEqual({ ok: false, reasons: ['invalid_answer'] });
    expect((await save(server, lead, screening({ answers: { personal: { values: ['ja', 'nee'], explanation: '' } } }))).body).toEqual({ ok: false, reasons: ['invalid_answer'] });
    const early = await save(server, lead, screening({ answers: { personal: { values: ['ja'], explanation: '' } }, status: 'completed', completedAt: at }));
    expect(early).toEqual({ status: 409, body: { ok: false, reasons: ['unanswered'] } });
    expect((await save(server, lead, screening({ templateVersion: 3 }))).body).toEqual({ ok: false, reasons: ['unknown_template'] });
    expect((await postJson(server.httpUrl, screeningPaths.screenings, { ...screening(), id: 'geen-uuid' }, lead.accessToken)).status).toBe(400);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(boardScreening(board)).toBeNull();
  });

  it('keeps another lead, a board member and the lead’s own later save away from what is not theirs to change', async () => {
    const { server, board, lead } = await boardWithTemplates();
    const otherLead = await createAccountSession(server.httpUrl, server.secretary, { role: 'projectleider' });
    const member = await createAccountSession(server.httpUrl, server.secretary, { role: 'lid' });
    await save(server, lead, screening());
    await until('the screening reaches the board', () => boardScreening(board) !== null);

    expect(await save(server, otherLead, screening({ project: { ...screening().project, title: 'Overgenomen' } }))).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await get(server, screeningPaths.screenings, otherLead)).toEqual({ status: 200, body: { screenings: [] } });
    expect(await save(server, member, screening())).toEqual({ status: 403, body: { error: 'forbidden' } });

    // The board turned it into a case: from then on it is the board's.
    const caseId = '5b0c2f57-7f0e-4d55-9b43-1a2b3c4d5e99';
    writeRecord(board.doc, 'screenings', screeningId, { ...boardScreening(board)!, caseId }, ['caseId']);
    await board.acknowledged();
    expect(await save(server, lead, screening({ caseId: null }))).toEqual({ status: 409, body: { ok: false, reasons: ['already_case'] } });
    expect(boardScreening(board)).toMatchObject({ caseId, project: { title: 'Slimme lantaarnpalen' } });
  });

  it('never lets a project lead receive the board’s document or a case', async () => {
    const { server, lead } = await boardWithTemplates();
    for (const document of [boardDocumentName, caseDocumentName('some-case')]) {
      const client = openClient(server.url, document, helloToken(lead.accessToken));
      try {
        expect(await refusal(client, `the project lead is refused ${document}`)).toBe('forbidden');
        expect(client.doc.share.size).toBe(0);
      } finally {
        client.close();
      }
    }
  });
});
