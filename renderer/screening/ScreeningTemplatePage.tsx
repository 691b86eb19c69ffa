import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { defaultScreeningTemplateId } from '@shared/screening/defaultTemplate';
import { screeningTemplateInputSchema, type ScreeningTemplate, type ValidTemplateInput } from '@shared/screening/templateSchema';
import { checkTemplate } from '@shared/screening/templateValidation';
import { Field } from '../components/Field';
import { formatDateTime } from '../i18n/formatters';
import { useLoaded } from '../persistence/useLoaded';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import { screeningTemplateRepositoryKey } from './screeningTemplateRepository';
import { templateProblemMessage } from './templateProblemMessage';
import './screening.css';

type Notice = { kind: 'published'; version: number } | { kind: 'refused'; messages: string[] } | { kind: 'imported' } | { kind: 'unreadable' };

/** The fields a version carries over into the edit: everything but its identity. */
const editOf = ({ name, description, sections, questions, rules }: ScreeningTemplate): ValidTemplateInput => structuredClone({ name, description, sections, questions, rules });

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
  const [edit, setEdit] = useState<ValidTemplateInput>(() => editOf(latest));
  const [notice, setNotice] = useState<Notice | null>(published === latest.version ? { kind: 'published', version: published } : null);

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
    let read: unknown;
    try {
      read = JSON.parse(await file.text());
    } catch {
      setNotice({ kind: 'unreadable' });
      return;
    }
    // Only a file of the template's shape enters the editor; what publishing checks beyond that is shown then.
    const parsed = screeningTemplateInputSchema.safeParse(read);
    if (parsed.success) {
      setEdit(parsed.data);
      setNotice({ kind: 'imported' });
    } else {
      const checked = checkTemplate(read);
      setNotice({ kind: 'refused', messages: checked.ok ? [] : checked.refusals.map((problem) => templateProblemMessage(t, problem, read)) });
    }
  };

  return (
    <>
      <Heading1>{t('screening.template.title')}</Heading1>
      <Paragraph>{t('screening.template.intro')}</Paragraph>
      <Paragraph>{t('screening.template.current', { version: latest.version, date: formatDateTime(latest.createdAt) })}</Paragraph>
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

      <FormField className="form-row">
        <FormLabel htmlFor="screening-template-export">{t('screening.template.export')}</FormLabel>
        <Paragraph className="muted">{t('screening.template.exportHint')}</Paragraph>
        <Textarea id="screening-template-export" readOnly rows={8} value={JSON.stringify(editOf(latest), null, 2)} />
      </FormField>
    </>
  );
}
