import { StrictMode, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/app.css';
import { adviceOutcomeRepositoryKey } from './advice/adviceOutcomeRepositoryKey';
import { adviceRegisterQueryKey, createAdviceRegisterQuery } from './advice/adviceRegisterQuery';
import { adviceRepositoryKey } from './advice/adviceRepositoryKey';
import { auditLogKey, createAuditLog } from './advice/auditLog';
import { App, preloadPageAt } from './app/App';
import { startAutoBackup } from './backup/autoBackup';
import { backupServiceKey, createBackupService } from './backup/backupService';
import { trackChanges } from './backup/changeTracker';
import { checkStorage } from './backup/storageNotices';
import { attachmentRepositoryKey } from './cases/attachmentRepositoryKey';
import { caseRepositoryKey, createCaseRepository } from './cases/caseRepository';
import { ErrorBoundary } from './components/ErrorBoundary';
import { WindowFailure } from './components/WindowFailure';
import { systemClock } from './db/clock';
import { preloadSchemas } from './db/lazySchema';
import { createDatabase } from './db/database';
import { draftRepositoryKey } from './db/draftRepositoryKey';
import { exportQueryKey } from './export/exportQueryKey';
import { publicationRecordRepositoryKey } from './export/publicationRecordRepositoryKey';
import { initI18n, loadAllStrings } from './i18n/i18n';
import { actionRepositoryKey } from './meetings/actionRepositoryKey';
import { meetingRepositoryKey } from './meetings/meetingRepositoryKey';
import { methodRepositoryKey } from './meetings/methodRepositoryKey';
import { noteRepositoryKey } from './meetings/noteRepositoryKey';
import { createRecordRepository, recordRepositoryKey } from './meetings/recordRepository';
import { peopleRepositoryKey } from './people/peopleRepositoryKey';
import { flushAll } from './persistence/flushRegistry';
import { reportStorageError } from './persistence/storageProblems';
import { firstScreenShown } from './perf/paintMarks';
import { bindWriteMode } from './persistence/writeMode';
import { startWriterLock, writerLockKey, type WindowRole } from './persistence/writerLock';
import { lazyService } from './services/lazyService';
import { provide, type ServiceRegistry } from './services/serviceKey';
import { exposeFaultHook } from './db/faultHook';
import { installWriteGuard } from './db/writeGuard';
import { newIdentity, type DatabaseIdentity, type DatabaseLoss } from '@shared/storage/databaseIdentity';
import { checkAtStart } from './recovery/checkAtStart';
import { createDatabaseIdentityStore } from './recovery/databaseIdentityStore';
import { createLossMonitor, type LossMonitor } from './recovery/lossMonitor';
import { bridgeKey, resolveBridge } from './platform/bridge';
import { boardSearchViewer } from './search/boardSearchViewer';
import { createSearchClient, searchClientKey, startSearchWorker } from './search/searchClient';
import { watchSearchSources } from './search/searchChangeWatcher';
import { screeningRepositoryKey } from './screening/screeningRepositoryKey';
import { screeningTemplateRepositoryKey } from './screening/screeningTemplateRepositoryKey';
import type { Numbering } from '@shared/cases/reference';
import { defaultScreeningTemplateId } from '@shared/screening/defaultTemplateId';
import { createSettingsRepository, settingsRepositoryKey } from './settings/settingsRepository';
import { boardModeKey, createBoardMode } from './sync/boardMode';
import { boardSessionKey, createBoardSession } from './sync/boardSession';
import { installSyncOutbox } from './sync/syncOutbox';
import { bindRemoteChanges } from './sync/useRemoteVersion';

/** Settles which window writes before anything is written; the first answer comes at once. */
function claimWriter(onLaterRole: (role: WindowRole) => void): Promise<{ role: WindowRole; lock: ReturnType<typeof startWriterLock> }> {
  return new Promise((resolve) => {
    let first = true;
    const lock = startWriterLock({
      flush: flushAll,
      onRole(role) {
        if (!first) return onLaterRole(role);
        first = false;
        // The lock's callback may run before startWriterLock returns.
        queueMicrotask(() => resolve({ role, lock }));
      },
    });
  });
}

async function start(): Promise<void> {
  preloadPageAt(location.hash);
  const db = createDatabase();
  // Before the database opens: it notices every write, for the backup on quit.
  const changes = trackChanges(db);
  // Also before it opens: in board mode every shared write notes what it changed.
  const outbox = installSyncOutbox(db);
  const bridge = resolveBridge();
  const boardSession = createBoardSession(bridge);
  const boardMode = createBoardMode(db, outbox, boardSession, reportSyncProblem);
  // Also before it opens: the search index follows every committed write, in its worker; in board mode it searches as who is signed in.
  const search = createSearchClient(startSearchWorker, boardSearchViewer(boardMode, boardSession));
  watchSearchSources(db, search.changed);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') search.flush();
  });
  // Before any handler of the page: an index being built yields the processor to whoever types, anywhere in the app.
  window.addEventListener('keydown', () => search.typing(), { capture: true, passive: true });
  let monitor: LossMonitor | null = null;
  const guard = installWriteGuard(db, {
    onFailure(error) {
      reportStorageError(error);
      // A failed write may be the first sign that the database went away.
      void monitor?.verify();
    },
    onCommitted: (tables) => {
      monitor?.committed(tables);
      boardMode.changed();
    },
  });
  bindWriteMode(guard);
  if (bridge.kind === 'web') exposeFaultHook(guard);
  const root = createRoot(document.getElementById('root')!);
  let generation = 0;
  let renderApp = () => {};

  const { role, lock } = await claimWriter((role) => {
    if (guard.mode === 'lost') return;
    guard.setMode(role === 'writer' ? 'writable' : 'readOnly');
    // Handed the database by another window: everything on screen is read afresh.
    if (role === 'writer') {
      generation++;
      renderApp();
    }
  });
  guard.setMode(role === 'writer' ? 'writable' : 'readOnly');

  const identities = createDatabaseIdentityStore(db, bridge);
  const numbering = (): Numbering => (boardMode.state().mode === 'solo' ? 'local' : 'server');
  const cases = createCaseRepository(db, systemClock, numbering);
  const settingsRepository = createSettingsRepository(db);
  // The templates that ship with the app are added as their repository loads, so no page reads the templates before them.
  const methods = lazyService(() =>
    Promise.all([import('./meetings/methodRepository'), import('./meetings/shippedTemplates')]).then(async ([{ createMethodRepository }, { shippedMethodTemplates }]) => {
      const repository = createMethodRepository(db);
      if (role === 'writer') await repository.ensureDefaults(shippedMethodTemplates());
      return repository;
    }),
  );
  const screeningTemplates = lazyService(() =>
    import('./screening/screeningTemplateRepository').then(async ({ createScreeningTemplateRepository }) => {
      const repository = createScreeningTemplateRepository(db);
      if (role === 'writer')
        await repository.ensureDefault(defaultScreeningTemplateId, () =>
          import('@shared/screening/defaultTemplate').then(({ defaultScreeningTemplate }) => defaultScreeningTemplate()),
        );
      return repository;
    }),
  );
  const backup = createBackupService(db, bridge, changes, systemClock, numbering);
  bindRemoteChanges(boardMode.onRemoteChange);
  // A service the first screen does not use loads its code on its first call (lazyService).
  const services: ServiceRegistry = Object.fromEntries([
    provide(bridgeKey, bridge),
    provide(caseRepositoryKey, cases),
    provide(attachmentRepositoryKey, lazyService(() => import('./cases/attachmentRepository').then((m) => m.createAttachmentRepository(db)))),
    provide(draftRepositoryKey, lazyService(() => import('./db/draftRepository').then((m) => m.createDraftRepository(db)))),
    provide(settingsRepositoryKey, settingsRepository),
    provide(peopleRepositoryKey, lazyService(() => import('./people/peopleRepository').then((m) => m.createPeopleRepository(db)))),
    provide(methodRepositoryKey, methods),
    provide(meetingRepositoryKey, lazyService(() => import('./meetings/meetingRepository').then((m) => m.createMeetingRepository(db)))),
    provide(noteRepositoryKey, lazyService(() => import('./meetings/noteRepository').then((m) => m.createNoteRepository(db)))),
    provide(recordRepositoryKey, createRecordRepository(db)),
    provide(actionRepositoryKey, lazyService(() => import('./meetings/actionRepository').then((m) => m.createActionRepository(db)))),
    provide(adviceRepositoryKey, lazyService(() => import('./advice/adviceRepository').then((m) => m.createAdviceRepository(db, cases)))),
    provide(adviceOutcomeRepositoryKey, lazyService(() => import('./advice/adviceOutcomeRepository').then((m) => m.createAdviceOutcomeRepository(db)))),
    provide(auditLogKey, createAuditLog(db)),
    provide(adviceRegisterQueryKey, createAdviceRegisterQuery(db)),
    provide(exportQueryKey, lazyService(() => import('./export/exportQuery').then((m) => m.createExportQuery(db)))),
    provide(publicationRecordRepositoryKey, lazyService(() => import('./export/publicationRecordRepository').then((m) => m.createPublicationRecordRepository(db)))),
    provide(backupServiceKey, backup),
    provide(writerLockKey, lock),
    provide(boardModeKey, boardMode),
    provide(boardSessionKey, boardSession),
    provide(searchClientKey, search),
    provide(screeningRepositoryKey, lazyService(() => import('./screening/screeningRepository').then((m) => m.createScreeningRepository(db, cases)))),
    provide(screeningTemplateRepositoryKey, screeningTemplates),
  ]);

  const verdict = await checkAtStart(identities, role === 'writer').catch((error: unknown) => {
    reportStorageError(error);
    throw error;
  });
  const settings = await settingsRepository.get().catch((error: unknown) => {
    reportStorageError(error);
    throw error;
  });
  // Shown only when the database is lost, so its code and words load then.
  const recoveryFor = async (loss: DatabaseLoss, kept: DatabaseIdentity) => {
    const [{ RecoveryPage }, { createRecoveryActions }, repository] = await Promise.all([
      import('./recovery/RecoveryPage'),
      import('./recovery/recoveryActions'),
      backup.repository(),
      loadAllStrings(),
    ]);
    return <RecoveryPage loss={loss} actions={createRecoveryActions(bridge, repository, guard, identities, kept)} />;
  };
  if (verdict.kind === 'lost') {
    // Nothing may be written into a database that is not the one the user worked in.
    guard.setMode('lost');
    await initI18n(settings.language);
    render(root, await recoveryFor(verdict.loss, verdict.kept));
    return;
  }

  monitor = createLossMonitor(db, guard, identities, verdict.identity, () => {
    // What editors still hold fails to write and so becomes an emergency copy, offered on the recovery screen.
    void flushAll()
      .then(() => recoveryFor('missing', monitor!.identity() ?? newIdentity(crypto.randomUUID(), true)))
      .then((page) => render(root, page));
  });
  bridge.onFlushRequest(flushAll);
  search.connect(role === 'writer');
  // Only the window that writes shares: a read-only window shows what the writing one projected.
  if (role === 'writer') await boardMode.resume();
  // Without persistence the browser may evict the board's whole record under storage pressure: the user is told.
  void checkStorage().catch(console.error);
  startAutoBackup({ bridge, service: backup, settings: () => settingsRepository.get(), firstCheck: firstScreenShown() });
  await Promise.all([
    initI18n(settings.language),
    // Alone, no case may stay a concept: a leave of board mode cut short, or a case file from a board member's machine, can bring one.
    role === 'writer' && boardMode.state().mode === 'solo' ? cases.numberConcepts(settings.referencePattern) : undefined,
  ]);
  renderApp = () => render(root, <App key={generation} services={services} settings={settings} />);
  renderApp();
  // Once the first screen has painted what it read, which shows none: the shipped templates are in the database before a first share.
  if (role === 'writer')
    void firstScreenShown()
      .then(() => Promise.all([methods.latest(), screeningTemplates.latest(defaultScreeningTemplateId)]))
      .catch(reportStorageError);
  // The schemas writes are checked against, at hand before a first write made offline; one that fails to load is tried again at that write.
  void firstScreenShown()
    .then(preloadSchemas)
    .catch(() => undefined);
}

/** A sync step that failed is tried again by the engine; a failed write also reaches the save indicator through the write guard. */
function reportSyncProblem(error: unknown): void {
  console.error(error);
}

/** Any screen, in a boundary of last resort: a part that fails outside the pages' own boundary would otherwise empty the window. */
function render(root: Root, element: ReactElement): void {
  root.render(
    <StrictMode>
      <ErrorBoundary fallback={() => <WindowFailure />}>{element}</ErrorBoundary>
    </StrictMode>,
  );
}

void start();
