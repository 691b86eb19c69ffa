import { createContext, useContext, type ReactNode } from 'react';
import type { Bridge } from '@shared/ipc/contract';
import type { BackupService } from '../backup/backupService';
import type { AdviceOutcomeRepository } from '../advice/adviceOutcomeRepository';
import type { AdviceRegisterQuery } from '../advice/adviceRegisterQuery';
import type { AdviceRepository } from '../advice/adviceRepository';
import type { AttachmentRepository } from '../cases/attachmentRepository';
import type { CaseRepository } from '../cases/caseRepository';
import type { DraftRepository } from '../db/draftRepository';
import type { ExportQuery } from '../export/exportQuery';
import type { ActionRepository } from '../meetings/actionRepository';
import type { MeetingRepository } from '../meetings/meetingRepository';
import type { MethodRepository } from '../meetings/methodRepository';
import type { NoteRepository } from '../meetings/noteRepository';
import type { RecordRepository } from '../meetings/recordRepository';
import type { PeopleRepository } from '../people/peopleRepository';
import type { SettingsRepository } from '../settings/settingsRepository';
import type { WriterLock } from '../persistence/writerLock';

export interface Services {
  bridge: Bridge;
  cases: CaseRepository;
  attachments: AttachmentRepository;
  drafts: DraftRepository;
  settings: SettingsRepository;
  people: PeopleRepository;
  methods: MethodRepository;
  meetings: MeetingRepository;
  notes: NoteRepository;
  records: RecordRepository;
  actions: ActionRepository;
  advice: AdviceRepository;
  adviceOutcome: AdviceOutcomeRepository;
  adviceRegister: AdviceRegisterQuery;
  exports: ExportQuery;
  backup: BackupService;
  writerLock: WriterLock;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
