import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { boardDocumentName, caseDocumentName, helloToken } from '@shared/sync/protocol';
import { maxMessageBytes } from '../../../server/boardServer';
import { documentsFileName } from '../../../server/dataFiles';
import { all, withSqlite } from '../../../server/sqliteFile';
import { setupFirstAccount } from '../../support/accounts';
import { startBoardServer } from '../../support/boardServer';
import { connectClient, textArrives, within } from '../../support/yjsClient';
import { useInProcessServers } from './inProcessServer';

describe('board server', () => {
  const servers = useInProcessServers();

  it("brings one person's edit to another person on the same document", async () => {
    const server = await servers.start(await servers.newDataDir());
    const first = await servers.connect(server, caseDocumentName('case-1'));
    const second = await servers.connect(server, caseDocumentName('case-1'));

    first.doc.getText('title').insert(0, 'Inzet van slimme camera’s');

    await textArrives(second, 'title', 'Inzet van slimme camera’s');
  });

  it('keeps the documents when the server stops and starts again on the same data folder', async () => {
    const dataDir = await servers.newDataDir();
    const first = await servers.start(dataDir);
    const writer = await servers.connect(first, boardDocumentName);
    writer.doc.getText('name').insert(0, 'Ethische commissie');
    await writer.acknowledged();
    // Stopped within the store delay, while the writer is still connected: the stop itself writes.
    await first.stop();

    const second = await servers.start(dataDir);
    const reader = await servers.connect(second, boardDocumentName);

    expect(reader.doc.getText('name').toString()).toBe('Ethische commissie');
  });

  it('writes its documents ahead (WAL): one sync of the log a store instead of journal and file', async () => {
    const dataDir = await servers.newDataDir();
    await servers.start(dataDir);
    const mode = await withSqlite(join(dataDir, documentsFileName), sqlite3.OPEN_READONLY, (db) => all<{ journal_mode: string }>(db, 'PRAGMA journal_mode'));
    expect(mode).toEqual([{ journal_mode: 'wal' }]);
  });

  it('closes a socket that sends a message larger than it accepts, without reading it', async () => {
    const { url } = await servers.start(await servers.newDataDir());
    const socket = new WebSocket(url);
    await within(new Promise((resolve) => socket.once('open', resolve)), 'the socket opens');
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));

    socket.send(Buffer.alloc(maxMessageBytes + 1));

    expect(await within(closed, 'the server closes the socket')).toBe(1009);
  });
});

describe('board server after a crash', () => {
  it('has an edit on disk within a second, so a kill -9 after that loses nothing', async () => {
    const server = await startBoardServer();
    try {
      const token = helloToken((await setupFirstAccount(server.httpUrl, server.setupCode ?? '')).accessToken);
      const writer = await connectClient(server.url, caseDocumentName('case-1'), token);
      try {
        writer.doc.getText('title').insert(0, 'Camera’s in de binnenstad');
        await writer.acknowledged();
        // The promise in boardServer.ts: at most ~1 s between receiving an edit and writing it.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await server.kill();
      } finally {
        // Closed before the restart, so it cannot hand the edit back on reconnecting.
        writer.close();
      }
      await server.restart();

      const reader = await connectClient(server.url, caseDocumentName('case-1'), token);
      try {
        expect(reader.doc.getText('title').toString()).toBe('Camera’s in de binnenstad');
      } finally {
        reader.close();
      }
    } finally {
      await server.stop();
    }
  }, 30_000);
});
