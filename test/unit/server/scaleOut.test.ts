import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountPaths } from '@shared/accounts/accountSchema';
import { caseDocumentName, helloToken } from '@shared/sync/protocol';
import type { BoardServerConfig } from '../../../server/boardServer';
import { createAccountSession } from '../../support/accounts';
import { startBoardServer } from '../../support/boardServer';
import { startPostgres, startRedis, type TestService } from '../../support/postgresRedis';
import { startSharedAddress } from '../../support/sharedAddress';
import { connectClient, textArrives, within } from '../../support/yjsClient';
import { useInProcessServers } from './inProcessServer';

// Not skipped when PostgreSQL or Redis is missing: startPostgres/startRedis fail naming the apt packages.
describe('board server on PostgreSQL and Redis, more than one instance', { timeout: 60_000 }, () => {
  let postgres: TestService;
  let redis: TestService;
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  const servers = useInProcessServers();
  const scaledOut = (): Pick<BoardServerConfig, 'storage' | 'redisUrl' | 'accountRecheckMs'> => ({
    storage: { kind: 'postgres', url: postgres.url },
    redisUrl: redis.url,
  });
  // Each test its own case: the database and Redis are shared by the whole file.
  const newCase = () => caseDocumentName(randomUUID());

  it('brings an edit on one instance to a client of the other, both ways', async () => {
    const [first, second] = await Promise.all([servers.startWith(scaledOut()), servers.startWith(scaledOut())]);
    const document = newCase();
    const onFirst = await servers.connect(first, document);
    const onSecond = await servers.connect(second, document);

    onFirst.doc.getText('title').insert(0, 'Slimme camera’s');
    await textArrives(onSecond, 'title', 'Slimme camera’s');
    onSecond.doc.getText('title').insert(0, 'Inzet van ');

    await textArrives(onFirst, 'title', 'Inzet van Slimme camera’s');
  });

  it("accepts a session made on the other instance, and closes its connection soon after the account is deactivated there", async () => {
    const recheck = { ...scaledOut(), accountRecheckMs: 200 };
    const [first, second] = await Promise.all([servers.startWith(recheck), servers.startWith(recheck)]);
    const member = await createAccountSession(first.httpUrl, first.secretary, { role: 'lid' });
    const document = newCase();
    const onSecond = await servers.connect(second, document, helloToken(member.accessToken));
    const closed = new Promise<string>((resolve) => onSecond.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)));

    const deactivated = await fetch(`${first.httpUrl}${accountPaths.account(member.account.id)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${first.secretary.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ active: false }),
    });

    expect(deactivated.status).toBe(200);
    expect(await within(closed, 'the other instance closes the connection')).toBe('unauthenticated');
  });

  it('keeps a document in PostgreSQL when every instance stops and new ones start', async () => {
    const document = newCase();
    const [first, second] = await Promise.all([servers.startWith(scaledOut()), servers.startWith(scaledOut())]);
    const writer = await servers.connect(first, document);
    const other = await servers.connect(second, document);
    writer.doc.getText('title').insert(0, 'Algoritme voor bijstandsfraude');
    await textArrives(other, 'title', 'Algoritme voor bijstandsfraude');
    writer.close();
    other.close();
    await Promise.all([first.stop(), second.stop()]);

    const [third, fourth] = await Promise.all([servers.startWith(scaledOut()), servers.startWith(scaledOut())]);
    const readers = await Promise.all([servers.connect(third, document), servers.connect(fourth, document)]);

    expect(readers.map((reader) => reader.doc.getText('title').toString())).toEqual(['Algoritme voor bijstandsfraude', 'Algoritme voor bijstandsfraude']);
  });

  it("keeps both instances' edits in PostgreSQL when they could not share them (no Redis between them)", async () => {
    const document = newCase();
    const alone = { storage: { kind: 'postgres', url: postgres.url } } as const;
    const [first, second] = await Promise.all([servers.startWith(alone), servers.startWith(alone)]);
    const onFirst = await servers.connect(first, document);
    const onSecond = await servers.connect(second, document);
    onFirst.doc.getMap('notes').set('first', 'Privacy eerst');
    onSecond.doc.getMap('notes').set('second', 'Transparantie');
    await Promise.all([onFirst.acknowledged(), onSecond.acknowledged()]);
    // Each stop writes its own instance's state, one after the other.
    onFirst.close();
    await first.stop();
    onSecond.close();
    await second.stop();

    const reader = await servers.connect(await servers.startWith(alone), document);

    expect(reader.doc.getMap('notes').toJSON()).toEqual({ first: 'Privacy eerst', second: 'Transparantie' });
  });

  it('keeps storing edits in PostgreSQL while Redis is away', async () => {
    const document = newCase();
    const ownRedis = await startRedis();
    try {
      const instance = await servers.startWith({ storage: { kind: 'postgres', url: postgres.url }, redisUrl: ownRedis.url });
      const writer = await servers.connect(instance, document);
      writer.doc.getText('title').insert(0, 'Camera’s');
      await writer.acknowledged();
      await ownRedis.stop();

      writer.doc.getText('title').insert(8, ' in de binnenstad');
      await writer.acknowledged();
      writer.close();
      await within(instance.stop(), 'the instance stops while Redis is away', 15_000);
    } finally {
      await ownRedis.stop();
    }

    const reader = await servers.connect(await servers.startWith({ storage: { kind: 'postgres', url: postgres.url } }), document);

    expect(reader.doc.getText('title').toString()).toBe('Camera’s in de binnenstad');
  });

  it('carries on at the other instance when one is killed, and loses nothing', async () => {
    const services = { databaseUrl: postgres.url, redisUrl: redis.url };
    const [doomed, survivor] = await Promise.all([startBoardServer(services), startBoardServer(services)]);
    // Two doors to the same pair, each preferring another instance, so one client sits on each.
    const toDoomed = await startSharedAddress([doomed.port, survivor.port]);
    const toSurvivor = await startSharedAddress([survivor.port, doomed.port]);
    const document = newCase();
    // A session from another instance on the same database: every instance accepts it.
    const { token } = await servers.startWith(scaledOut());
    const moved = await connectClient(toDoomed.url, document, token);
    const stayed = await connectClient(toSurvivor.url, document, token).catch((error: unknown) => {
      moved.close();
      throw error;
    });
    try {
      moved.doc.getText('title').insert(0, 'Camera’s');
      await textArrives(stayed, 'title', 'Camera’s');
      await moved.acknowledged();
      // Within the store delay: the killed instance never wrote it; the survivor must.
      await doomed.kill();

      moved.doc.getText('title').insert(moved.doc.getText('title').length, ' in de binnenstad');
      await within(moved.acknowledged(), 'the client reconnects through the same address', 10_000);
      await textArrives(stayed, 'title', 'Camera’s in de binnenstad');
      stayed.doc.getText('title').insert(0, 'Inzet van ');
      await textArrives(moved, 'title', 'Inzet van Camera’s in de binnenstad');
      await stayed.acknowledged();
    } finally {
      moved.close();
      stayed.close();
      await Promise.all([toDoomed.close(), toSurvivor.close(), doomed.stop()]);
    }
    // A clean stop writes what the survivor holds; a new instance reads only PostgreSQL.
    await survivor.stop();

    const fresh = await startBoardServer(services);
    try {
      const reader = await connectClient(fresh.url, document, token);
      try {
        expect(reader.doc.getText('title').toString()).toBe('Inzet van Camera’s in de binnenstad');
      } finally {
        reader.close();
      }
    } finally {
      await fresh.stop();
    }
  });
});
