import { describe, expect, it } from 'vitest';
import { backupBatchSize, createBackupRepository } from '../../../../renderer/backup/backupRepository';
import { createPackHost } from '../../../../renderer/backup/packHost';
import { createWorkerPacker, type PackPort } from '../../../../renderer/backup/workerPacker';
import { testDatabase } from '../db/testDatabase';
import { seedEveryTable } from './dbHelpers';

const clock = () => new Date('2026-11-22T12:00:00.000Z');

/** A port to a pack host on the other side of a message channel, which transfers buffers as a worker's does. */
function portToHost(): PackPort & { received: string[] } {
  const { port1, port2 } = new MessageChannel();
  const received: string[] = [];
  const serve = createPackHost((answer, transfer) => port2.postMessage(answer, transfer));
  port2.onmessage = (event) => {
    if (event.data.type === 'push') received.push(event.data.text);
    serve(event.data);
  };
  const port: PackPort & { received: string[] } = {
    received,
    postMessage: (request, transfer) => port1.postMessage(request, transfer),
    onmessage: null,
    onerror: null,
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
  port1.onmessage = (event) => port.onmessage?.(event);
  return port;
}

describe('packing in a worker', () => {
  it('makes a backup byte for byte the one packed on the page, and lets the worker go after', async () => {
    const db = testDatabase();
    await seedEveryTable(db);
    // More than a batch, so a table reaches the worker in parts.
    await db.counters.bulkPut(Array.from({ length: backupBatchSize + 10 }, (_, i) => ({ key: `teller-${i}`, value: i })));
    const port = portToHost();
    let closed = 0;
    const inWorker = () => {
      const packer = createWorkerPacker(port);
      return { ...packer, close: () => (closed++, packer.close()) };
    };

    const packedThere = await createBackupRepository(db, '9.9.9', clock, inWorker).create();
    const packedHere = await createBackupRepository(db, '9.9.9', clock).create();

    expect(packedThere).toEqual(packedHere);
    expect(port.received.length).toBeGreaterThan(0);
    expect(closed).toBe(1);
  });

  it('fails the entries waiting, and any ended later, when the worker fails', async () => {
    const port = portToHost();
    const { pack, close } = createWorkerPacker(port);
    const waiting = pack('tables/cases.json').end();
    port.onerror!({ message: 'kapot' } as ErrorEvent);

    await expect(waiting).rejects.toThrow('kapot');
    await expect(pack('tables/notes.json').end()).rejects.toThrow('kapot');
    close();
  });

  it('answers an entry it never started with a failure', async () => {
    const answers: unknown[] = [];
    createPackHost((answer) => answers.push(answer))({ type: 'end', id: 7 });
    expect(answers).toEqual([{ id: 7, failed: 'no entry 7 was started' }]);
  });
});
