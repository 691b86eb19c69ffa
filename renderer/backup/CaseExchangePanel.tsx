import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Heading3, Paragraph, RadioButton, Select, SelectOption } from '@utrecht/component-library-react';
import { importChoices, type ImportChoice, type ImportPlan } from '@shared/backup/casePackage';
import type { ValidBackup } from '@shared/backup/readBackup';
import type { Refusal } from '@shared/backup/refusal';
import type { Case } from '@shared/cases/caseSchema';
import { useService } from '../services/services';
import { backupServiceKey } from './backupService';
import { caseRepositoryKey } from '../cases/caseRepository';
import { bridgeKey } from '../platform/bridge';
import { formatDateTime } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { fileBytes, FilePicker } from './FilePicker';
import { RefusalAlert } from './RefusalAlert';

interface Incoming {
  pkg: ValidBackup;
  localReference: string | null;
}

type Outcome = { plan: ImportPlan; original: string } | 'kept';

function ExportCase() {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const bridge = useService(bridgeKey);
  const cases = useService(caseRepositoryKey);
  const selectId = useId();
  const [list, setList] = useState<Case[]>([]);
  const [chosen, setChosen] = useState('');
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    cases.list().then((all) => setList(all.sort((a, b) => a.reference.localeCompare(b.reference))), reportStorageError);
  }, [cases]);

  const exportCase = async () => {
    const id = chosen || list[0]?.id;
    if (!id) return;
    setDone(null);
    try {
      const { bytes, fileName } = await (await backup.exchange()).exportCase(id);
      const saved = await bridge.saveFile({ suggestedName: fileName, bytes });
      if (saved.ok && saved.value.saved) setDone(fileName);
    } catch (error) {
      reportStorageError(error);
    }
  };

  if (list.length === 0) return <Paragraph>{t('backup.exchange.noCases')}</Paragraph>;
  return (
    <div className="form-row">
      <FormField>
        <FormLabel htmlFor={selectId}>{t('backup.exchange.exportLabel')}</FormLabel>
        <Select id={selectId} value={chosen || list[0]!.id} onChange={(event) => setChosen(event.target.value)}>
          {list.map((c) => (
            <SelectOption key={c.id} value={c.id}>
              {c.reference} – {c.title}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button appearance="secondary-action-button" onClick={() => void exportCase()}>
        {t('backup.exchange.exportButton')}
      </Button>
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{t('backup.exchange.exported', { name: done })}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function ImportCase() {
  const { t } = useTranslation();
  const backup = useService(backupServiceKey);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [choice, setChoice] = useState<ImportChoice | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const choose = async (file: File) => {
    setBusy(true);
    setRefusal(null);
    setIncoming(null);
    setOutcome(null);
    setChoice(null);
    try {
      const read = await (await backup.repository()).read(await fileBytes(file), 'case');
      if (!read.ok) setRefusal(read.refusal);
      else setIncoming({ pkg: read.value, localReference: await (await backup.exchange()).localReference(read.value) });
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };

  const importCase = async () => {
    if (!incoming) return;
    setBusy(true);
    try {
      const imported = await (await backup.exchange()).importCase(incoming.pkg, incoming.localReference === null ? 'theirs' : choice!);
      if (!imported.ok) setRefusal(imported.refusal);
      else setOutcome(imported.value === null ? 'kept' : { plan: imported.value, original: incoming.pkg.manifest.case!.reference });
      setIncoming(null);
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };

  const meta = incoming?.pkg.manifest;
  const tables = incoming?.pkg.tables;
  return (
    <>
      <FilePicker label={t('backup.exchange.importLabel')} disabled={busy} onFile={(file) => void choose(file)} />
      {refusal && <RefusalAlert refusal={refusal} />}
      {incoming && meta && tables && (
        <div className="backup-preview">
          <Heading3>{t('backup.exchange.package', { reference: meta.case!.reference, title: meta.case!.title, date: formatDateTime(meta.createdAt) })}</Heading3>
          <Paragraph>
            {t('backup.exchange.contents', {
              notes: t('backup.exchange.notes', { count: tables.notes.length }),
              attachments: t('backup.exchange.attachments', { count: tables.attachments.length }),
              actions: t('backup.exchange.actions', { count: tables.actions.length }),
              meetings: t('backup.exchange.meetings', { count: tables.meetings.length }),
              people: t('backup.exchange.people', { count: tables.people.length }),
            })}
          </Paragraph>
          {incoming.localReference !== null && (
            <Fieldset>
              <FieldsetLegend>{t('backup.exchange.choiceLegend')}</FieldsetLegend>
              <Paragraph>{t('backup.exchange.conflict', { reference: incoming.localReference })}</Paragraph>
              {importChoices.map((option) => (
                <FormField type="radio" key={option}>
                  <RadioButton id={`import-${option}`} name="import-choice" value={option} checked={choice === option} onChange={() => setChoice(option)} />
                  <FormLabel htmlFor={`import-${option}`} type="radio">
                    {t(`backup.exchange.choice.${option}`)}
                  </FormLabel>
                </FormField>
              ))}
            </Fieldset>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => void importCase()} disabled={busy || (incoming.localReference !== null && choice === null)}>
              {t('backup.exchange.import')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setIncoming(null)} disabled={busy}>
              {t('backup.exchange.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      {outcome && (
        <Alert type="ok" role="status">
          {outcome === 'kept' ? (
            <Paragraph>{t('backup.exchange.kept')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('backup.exchange.imported', { reference: outcome.plan.reference })}</Paragraph>
              {outcome.plan.reference !== outcome.original && (
                <Paragraph>{t('backup.exchange.renumbered', { original: outcome.original, reference: outcome.plan.reference })}</Paragraph>
              )}
              <Paragraph>
                <Link to={`/casussen/${outcome.plan.caseId}`}>{t('backup.exchange.open')}</Link>
              </Paragraph>
            </>
          )}
        </Alert>
      )}
    </>
  );
}

/** Hand one case, with all that belongs to it, to another board member, and take one in. */
export function CaseExchangePanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="backup-exchange" className="backup-section">
      <Heading2 id="backup-exchange">{t('backup.exchange.heading')}</Heading2>
      <Paragraph>{t('backup.exchange.hint')}</Paragraph>
      <ExportCase />
      <ImportCase />
    </section>
  );
}
