import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading1, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { defaultScreeningTemplateId } from '@shared/screening/defaultTemplateId';
import { readTemplateFile, templateContent, templateFileName, writeTemplateFile } from '@shared/screening/templateFile';
import type { ScreeningTemplate, ValidTemplateInput } from '@shared/screening/templateSchema';
import { boardDocumentName } from '@shared/sync/protocol';
import { storageKeyOf } from '@shared/sync/syncedTables';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { Field } from '../components/Field';
import { ExportStatus } from '../export/ExportStatus';
import { useDocumentExport } from '../export/useDocumentExport';
import { formatDateTime } from '../i18n/formatters';
import { useLoaded } from '../persistence/useLoaded';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import { screeningTemplateRepositoryKey } from './screeningTemplateRepositoryKey';
import { templateProblemMessage } from './templateProblemMessage';
import './screening.css';

type Notice = { kind: 'published'; version: number } | { kind: 'refused'; messages: string[] } | { kind: 'imported' } | { kind: 'unreadable' };

/**
 * The secretary's editor: words (questions, help, answer labels) in place,
 * structure (conditions, rules) by importing JSON. Publishing validates and
 * makes a new version; nothing is changed in the versions screenings use.
 */
export function ScreeningTemplatePage() {
  const { t } = useTranslation();
  const templates = useService(screeningTemplateRepositoryKey);
  const { value: versions, reload } = useLoaded(useCallback(() => templates.versions(defaultScreeningTemplateId), [templates]));
  const [published, setPublished] = useState<number | null>(null);
  const latest = versions?.at(-1);
  if (!versions || !latest) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  return (
    <TemplateEditor
      key={latest.version}
      versions={versions}
      published={published}
      onPublished={async (version) => {
        setPublished(version);
        await reload();
      }}
    />
  );
}

/** The edit starts from the newest version; a new version starts a new edit. */
function TemplateEditor({ versions, published, onPublished }: { versions: ScreeningTemplate[]; published: number | null; onPublished(version: number): Promise<void> }) {
  const { t } = useTranslation();
  const templates = useService(screeningTemplateRepositoryKey);
  const latest = versions.at(-1)!;
  const [edit, setEdit] = useState<ValidTemplateInput>(() => templateContent(latest));
  const [notice, setNotice] = useState<Notice | null>(published === latest.version ? { kind: 'published', version: published } : null);
  const { state: exportState, run: runExport } = useDocumentExport();

  const change = (update: (draft: ValidTemplateInput) => void) =>
    setEdit((before) => {
      const draft = structuredClone(before);
      update(draft);
      return draft;
    });

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await templates.publish(defaultScreeningTemplateId, edit);
      if (result.ok) await onPublished(result.value.version);
      else setNotice({ kind: 'refused', messages: result.refusals.map((problem) => templateProblemMessage(t, problem, edit)) });
    } catch (error) {
      reportStorageError(error);
    }
  };

  const importFile = async (file: File) => {
    const read = readTemplateFile(await file.text());
    if (read.ok) {
      setEdit(read.value);
      setNotice({ kind: 'imported' });
    } else if (read.refusals.some((problem) => problem.code === 'unreadable')) setNotice({ kind: 'unreadable' });
    else {
      // A file refused for its shape has no questions to name; the messages name the place in the file instead.
      const messages = read.refusals.flatMap((problem) => (problem.code === 'unreadable' ? [] : [templateProblemMessage(t, problem, null)]));
      setNotice({ kind: 'refused', messages });
    }
  };

  return (
    <>
      <Heading1>{t('screening.template.title')}</Heading1>
      <Paragraph>{t('screening.template.intro')}</Paragraph>
      <Paragraph>{t('screening.template.current', { version: latest.version, date: formatDateTime(latest.createdAt) })}</Paragraph>
      <ConflictAlerts
        document={boardDocumentName}
        only={(table, key) => table === 'screeningTemplates' && storageKeyOf(table, key)[0] === latest.id}
        nameOf={(_table, key) => t('screening.template.versionName', { version: storageKeyOf('screeningTemplates', key)[1] })}
      />
      {versions.length > 1 && (
        <>
          <h2>{t('screening.template.versions')}</h2>
          <ul>
            {versions.slice(0, -1).map((version) => (
              <li key={version.version}>{t('screening.template.versionItem', { version: version.version, date: formatDateTime(version.createdAt) })}</li>
            ))}
          </ul>
        </>
      )}

      <section aria-labelledby="screening-template-file">
        <h2 id="screening-template-file">{t('screening.template.export')}</h2>
        <Paragraph className="muted">{t('screening.template.exportHint', { version: latest.version })}</Paragraph>
        <div className="form-row">
          <label htmlFor="screening-template-import" className="file-label">
            {t('screening.template.import')}
          </label>
          <input
            id="screening-template-import"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            disabled={exportState.kind === 'busy'}
            onClick={() => void runExport(async () => ({ name: templateFileName(latest), bytes: writeTemplateFile(latest) }))}
          >
            {t('screening.template.exportFile')}
          </Button>
        </ButtonGroup>
        <ExportStatus state={exportState} />
      </section>

      <h2>{t('screening.template.edit', { version: latest.version + 1 })}</h2>
      <form className="screening-template" onSubmit={publish} noValidate>
        <Field label={t('screening.template.name')}>
          {(control) => <Textbox {...control} value={edit.name} onChange={(event) => change((draft) => void (draft.name = event.target.value))} />}
        </Field>
        <Field label={t('screening.template.description')}>
          {(control) => (
            <Textarea {...control} rows={3} value={edit.description} onChange={(event) => change((draft) => void (draft.description = event.target.value))} />
          )}
        </Field>
        {edit.questions.map((question, index) => (
          <fieldset key={`${index}-${question.id}`} className="screening-template__question" data-template-question={question.id}>
            <legend>{t('screening.template.questionText', { number: index + 1, id: question.id })}</legend>
            <Field label={t('screening.template.text', { number: index + 1 })} hint={question.showIf ? t('screening.template.conditional') : undefined}>
              {(control) => (
                <Textarea {...control} rows={2} value={question.text} onChange={(event) => change((draft) => void (draft.questions[index]!.text = event.target.value))} />
              )}
            </Field>
            <Field label={t('screening.template.questionHelp', { number: index + 1 })}>
              {(control) => (
                <Textarea {...control} rows={2} value={question.help} onChange={(event) => change((draft) => void (draft.questions[index]!.help = event.target.value))} />
              )}
            </Field>
            {question.options.map((option, optionIndex) => (
              <Field key={`${optionIndex}-${option.value}`} label={t('screening.template.optionLabel', { value: option.value, number: index + 1 })}>
                {(control) => (
                  <Textbox
                    {...control}
                    value={option.label}
                    onChange={(event) => change((draft) => void (draft.questions[index]!.options[optionIndex]!.label = event.target.value))}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ))}
        {notice?.kind === 'refused' && (
          <Alert type="error">
            <Paragraph>{t('screening.template.refused')}</Paragraph>
            <ul>
              {notice.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {notice && notice.kind !== 'refused' && (
          <Alert type={notice.kind === 'unreadable' ? 'error' : 'ok'} role="status">
            <Paragraph>
              {notice.kind === 'published'
                ? t('screening.template.published', { version: notice.version })
                : t(notice.kind === 'imported' ? 'screening.template.imported' : 'screening.template.importUnreadable')}
            </Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button">
          {t('screening.template.publish', { version: latest.version + 1 })}
        </Button>
      </form>
    </>
  );
}
