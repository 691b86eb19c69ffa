import { resolve } from 'node:path';
import { backupBoard, BackupRefused } from './backup';
import { type BoardServerConfig, type BoardStorage, createBoardServer } from './boardServer';
import { restoreBoard } from './restore';
import { isLoopbackHost } from './loopback';
import { parseServerOptions } from './serverOptions';
import { serverTexts } from './serverTexts';
import { ServiceUnavailable, withoutPassword } from './serviceUnavailable';

/** `npm run server`: the board's sync server on this computer, until Ctrl+C. */
const command = parseServerOptions(process.argv.slice(2), process.env);
if (command.kind === 'help') {
  console.log(serverTexts.help);
} else if (command.kind === 'refused') {
  console.error(`${command.message}\n${serverTexts.seeHelp}`);
  process.exitCode = 2;
} else if (command.kind === 'backup') {
  await backup(command.storage, command.to);
} else if (command.kind === 'restore') {
  await restore(command.from, command.storage);
} else {
  await run(command.config);
}

async function backup(storage: BoardStorage, to: string) {
  const target = resolve(to);
  try {
    const summary = await backupBoard(storage, target);
    if (summary.auditIntact) console.log(serverTexts.backupDone(target, summary.documents, summary.accounts, summary.auditEntries));
    else {
      console.error(serverTexts.backupAuditBroken(target));
      process.exitCode = 1;
    }
  } catch (error) {
    if (error instanceof BackupRefused) {
      console.error(error.failure === 'target_not_empty' ? serverTexts.backupTargetNotEmpty(target) : serverTexts.backupNoData(storage.kind === 'sqlite' ? resolve(storage.dataDir) : ''));
    } else if (error instanceof ServiceUnavailable) {
      console.error(serverTexts.serviceUnavailable(error.service, error.target, serverTexts.serviceFailures[error.failure]));
    } else {
      throw error;
    }
    process.exitCode = 1;
  }
}

async function restore(from: string, storage: BoardStorage) {
  const source = resolve(from);
  const where = storage.kind === 'sqlite' ? resolve(storage.dataDir) : serverTexts.postgresStorage(withoutPassword(storage.url));
  try {
    const summary = await restoreBoard(source, storage);
    console.log(serverTexts.restoreDone(where, summary.documents, summary.accounts, summary.auditEntries));
  } catch (error) {
    if (error instanceof BackupRefused) {
      const refusals = { target_not_empty: serverTexts.restoreTargetNotEmpty(where), no_data: serverTexts.restoreNoBackup(source), audit_broken: serverTexts.restoreAuditBroken(source) };
      console.error(refusals[error.failure]);
    } else if (error instanceof ServiceUnavailable) {
      console.error(serverTexts.serviceUnavailable(error.service, error.target, serverTexts.serviceFailures[error.failure]));
    } else {
      throw error;
    }
    process.exitCode = 1;
  }
}

async function run(config: BoardServerConfig) {
  const server = createBoardServer(config);
  let url: string;
  let setupCode: string | null;
  try {
    ({ url, setupCode } = await server.listen());
  } catch (error) {
    const message = listenFailure(error, config);
    if (message === null) throw error;
    await server.stop();
    console.error(message);
    process.exitCode = 1;
    return;
  }

  /*
   * Hocuspocus leaves the rejections of most hooks unhandled
   * (ueberdosis/hocuspocus#754), so a store or a check that fails once would
   * end the server for the whole board, and every member would go offline.
   * It is said on stderr instead; the document stays loaded and its next
   * change runs the hooks again.
   */
  process.on('unhandledRejection', (error) => console.error(serverTexts.unexpectedFailure(error)));

  let stopping = false;
  const stop = () => {
    if (stopping) {
      // A second Ctrl+C means the person will not wait for the last writes.
      console.error(serverTexts.forcedStop);
      process.exit(1);
    }
    stopping = true;
    console.log(serverTexts.stopping);
    server.stop().then(
      () => console.log(serverTexts.stopped),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!isLoopbackHost(config.host)) console.log(serverTexts.behindProxy);
  if (setupCode !== null) console.log(serverTexts.setupCode(setupCode));
  // Only now: whoever reads this line may stop the server at once (a test, a service manager).
  console.log(serverTexts.started(url, whereStored(config)));
}

function whereStored({ storage, redisUrl }: BoardServerConfig): string {
  const where = storage.kind === 'sqlite' ? resolve(storage.dataDir) : serverTexts.postgresStorage(withoutPassword(storage.url));
  return redisUrl === undefined ? where : `${where}${serverTexts.sharedThrough(withoutPassword(redisUrl))}`;
}

function listenFailure(error: unknown, { storage, host, port }: BoardServerConfig): string | null {
  if (error instanceof ServiceUnavailable) {
    return serverTexts.serviceUnavailable(error.service, error.target, serverTexts.serviceFailures[error.failure]);
  }
  if (!(error instanceof Error) || !('code' in error)) return null;
  const { code } = error;
  const syscall = 'syscall' in error ? error.syscall : undefined;
  if (code === 'EADDRINUSE') return serverTexts.portInUse(port);
  if (code === 'EADDRNOTAVAIL') return serverTexts.addressUnavailable(host);
  if (code === 'EACCES' && syscall === 'listen') return serverTexts.portNotAllowed(port);
  // The folder cannot be made (a file in the way, no rights) or SQLite cannot open its file there.
  if (storage.kind === 'sqlite' && (code === 'SQLITE_CANTOPEN' || syscall === 'mkdir')) return serverTexts.dataDirUnusable(resolve(storage.dataDir));
  return null;
}
