import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Textarea } from '@utrecht/component-library-react';
import { emptySection } from '@shared/meetings/newRecord';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import { useService } from '../../services/services';
import { methodRepositoryKey } from '../methodRepositoryKey';
import { recordRepositoryKey } from '../recordRepository';
import type { SaveStatus } from '../../persistence/debouncedSaver';
import { reportStorageError } from '../../persistence/storageProblems';
import { emergencyKey } from '../../persistence/emergencyCopies';
import { useAutosave } from '../../persistence/useAutosave';
import type { NoteKey } from '../noteRepository';
import { LinesInput } from './LinesInput';
import { SectionInput } from './SectionInput';

interface Loaded {
  record: DeliberationRecord;
  template: MethodTemplate;
}

/**
 * The structured record of one agenda item. A record opens with the template
 * version it was started with, so later edits to the method never reshape it.
 */
export function RecordPane({ item, methodId, onStatus }: { item: NoteKey; methodId: string; onStatus(status: SaveStatus): void }) {
  const { t } = useTranslation();
  const records = useService(recordRepositoryKey);
  const methods = useService(methodRepositoryKey);
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const { saver, status } = useAutosave<DeliberationRecord>((record) => records.save(record).then(() => undefined), {
    key: emergencyKey('record', item.agendaItemId),
    label: item.agendaItemId,
    toJson: (record) => record,
  });

  useEffect(() => onStatus(status), [status, onStatus]);

  useEffect(() => {
    let current = true;
    (async () => {
      const existing = await records.forItem(item.agendaItemId);
      const template = existing
        ? await methods.get(existing.template.id, existing.template.version)
        : (await methods.latest()).find((m) => m.id === methodId);
      if (!current) return;
      if (!template) return setLoaded(null);
      setLoaded({ record: existing ?? records.blank(item, template), template });
    })().catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [records, methods, item, methodId]);

  if (loaded === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (loaded === null) return <Paragraph>{t('meetings.record.noTemplate')}</Paragraph>;
  const { record, template } = loaded;
  const change = (next: DeliberationRecord) => {
    setLoaded({ record: next, template });
    saver.schedule(next);
  };
  const discard = async () => {
    await saver.flush();
    try {
      await records.discard(record.id);
      setLoaded({ record: records.blank(item, template), template });
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <div className="record-pane" onBlur={() => void saver.flush()}>
      <p className="muted">{t('meetings.record.method', { name: template.name, version: template.version })}</p>
      {template.sections.map((section) => (
        <SectionInput
          key={section.key}
          section={section}
          value={record.sections[section.key] ?? emptySection(section)}
          onChange={(value) => change({ ...record, sections: { ...record.sections, [section.key]: value } })}
        />
      ))}
      <section className="record-section">
        <h4 className="record-section__title" id={`dissent-${record.id}`}>
          {t('meetings.record.dissent')}
        </h4>
        <Textarea aria-labelledby={`dissent-${record.id}`} rows={3} value={record.dissent} onChange={(event) => change({ ...record, dissent: event.target.value })} />
      </section>
      <section className="record-section">
        <LinesInput label={t('meetings.record.agreements')} value={record.agreements} onChange={(agreements) => change({ ...record, agreements })} />
      </section>
      <Button appearance="subtle-button" onClick={() => void discard()}>
        {t('meetings.mode.discardRecord')}
      </Button>
    </div>
  );
}
