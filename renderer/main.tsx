import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/app.css';
import { createAdviceOutcomeRepository } from './advice/adviceOutcomeRepository';
import { createAdviceRegisterQuery } from './advice/adviceRegisterQuery';
import { createAdviceRepository } from './advice/adviceRepository';
import { App } from './app/App';
import { startAutoBackup } from './backup/autoBackup';
import { createBackupService } from './backup/backupService';
import { trackChanges } from './backup/changeTracker';
import { checkStorage } from './backup/storageNotices';
import { createAttachmentRepository } from './cases/attachmentRepository';
import { createCaseRepository } from './cases/caseRepository';
import { createDatabase } from './db/database';
import { createDraftRepository } from './db/draftRepository';
import { createExportQuery } from './export/exportQuery';
import { initI18n } from './i18n/i18n';
import { createActionRepository } from './meetings/actionRepository';
import { createMeetingRepository } from './meetings/meetingRepository';
import { createMethodRepository } from './meetings/methodRepository';
import { shippedMethodTemplates } from './meetings/shippedTemplates';
import { createNoteRepository } from './meetings/noteRepository';
import { createRecordRepository } from './meetings/recordRepository';
import { createPeopleRepository } from './people/peopleRepository';
import { flushAll } from './persistence/flushRegistry';
import { reportStorageError } from './persistence/storageProblems';
import { resolveBridge } from './platform/bridge';
import { createSettingsRepository } from './settings/settingsRepository';

async function start(): Promise<void> {
  const db = createDatabase();
  // Before the database opens: it notices every write, for the backup on quit.
  const changes = trackChanges(db);
  const bridge = resolveBridge();
  const cases = createCaseRepository(db);
  const services = {
    bridge,
    cases,
    attachments: createAttachmentRepository(db),
    drafts: createDraftRepository(db),
    settings: createSettingsRepository(db),
    people: createPeopleRepository(db),
    methods: createMethodRepository(db),
    meetings: createMeetingRepository(db),
    notes: createNoteRepository(db),
    records: createRecordRepository(db),
    actions: createActionRepository(db),
    advice: createAdviceRepository(db, cases),
    adviceOutcome: createAdviceOutcomeRepository(db, cases),
    adviceRegister: createAdviceRegisterQuery(db),
    exports: createExportQuery(db),
    backup: createBackupService(db, bridge, changes),
  };
  bridge.onFlushRequest(flushAll);
  // Without persistence the browser may evict the board's whole record under storage pressure: the user is told.
  void checkStorage().catch(console.error);
  startAutoBackup({ bridge, service: services.backup, settings: () => services.settings.get() });
  const settings = await services.settings.get().catch((error: unknown) => {
    reportStorageError(error);
    throw error;
  });
  await Promise.all([initI18n(settings.language), services.methods.ensureDefaults(shippedMethodTemplates())]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App services={services} settings={settings} />
    </StrictMode>,
  );
}

void start();
