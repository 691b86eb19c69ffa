/// <reference lib="webworker" />
import type { PackRequest } from './packProtocol';
import { createPackHost } from './packHost';

/*
 * Deflates and hashes a backup's tables off the page's thread, so the page
 * reads and encodes the next batch meanwhile (renderer/backup/workerPacker.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const serve = createPackHost((answer, transfer) => scope.postMessage(answer, transfer));
scope.onmessage = (event: MessageEvent<PackRequest>) => serve(event.data);
