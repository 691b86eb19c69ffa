import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading1, Paragraph, Select, Textarea, Textbox } from '@utrecht/component-library-react';
import { defaultScreeningTemplateId } from '@shared/screening/defaultTemplateId';
import { screeningProjectSchema, type ScreeningProjectInput } from '@shared/screening/screeningSchema';
import { Field } from '../components/Field';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import { screeningRepositoryKey } from './screeningRepositoryKey';
import { screeningTemplateRepositoryKey } from './screeningTemplateRepositoryKey';
import { TechnologyOptions } from '../cases/form/TechnologyOptions';

const blankProject: ScreeningProjectInput = { title: '', filledInBy: '', department: '', description: '', question: '', technology: 'anders' };

/** The project in a few fields, then the questions one by one; the screening is stored as soon as it starts. */
export function NewScreeningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screenings = useService(screeningRepositoryKey);
  const templates = useService(screeningTemplateRepositoryKey);
  const [project, setProject] = useState(blankProject);
  const [errors, setErrors] = useState<Partial<Record<keyof ScreeningProjectInput, string>>>({});
  const [busy, setBusy] = useState(false);
  const change = (field: keyof ScreeningProjectInput) => (event: { target: { value: string } }) =>
    setProject((before) => ({ ...before, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = screeningProjectSchema.safeParse(project);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setBusy(true);
    try {
      const template = await templates.latest(defaultScreeningTemplateId);
      if (!template) throw new Error('Er is geen screeningsjabloon');
      const started = await screenings.start(template, parsed.data);
      navigate(`/screenings/${started.id}`);
    } catch (error) {
      reportStorageError(error);
      setBusy(false);
    }
  };

  return (
    <>
      <Heading1>{t('screening.project.title')}</Heading1>
      <Paragraph>{t('screening.project.intro')}</Paragraph>
      <form className="screening-project" onSubmit={submit} noValidate>
        <Field label={t('screening.project.name')} required error={errors.title}>
          {(control) => <Textbox {...control} name="title" value={project.title} onChange={change('title')} autoComplete="off" />}
        </Field>
        <Field label={t('screening.project.filledInBy')} hint={t('screening.project.filledInByHint')} required error={errors.filledInBy}>
          {(control) => <Textbox {...control} name="filledInBy" value={project.filledInBy} onChange={change('filledInBy')} autoComplete="name" />}
        </Field>
        <Field label={t('screening.project.department')} error={errors.department}>
          {(control) => <Textbox {...control} name="department" value={project.department} onChange={change('department')} />}
        </Field>
        <Field label={t('screening.project.technology')} error={errors.technology}>
          {(control) => (
            <Select {...control} name="technology" value={project.technology} onChange={change('technology')}>
              <TechnologyOptions />
            </Select>
          )}
        </Field>
        <Field label={t('screening.project.description')} error={errors.description}>
          {(control) => <Textarea {...control} name="description" rows={4} value={project.description} onChange={change('description')} />}
        </Field>
        <Field label={t('screening.project.question')} error={errors.question}>
          {(control) => <Textarea {...control} name="question" rows={3} value={project.question} onChange={change('question')} />}
        </Field>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('screening.project.start')}
        </Button>
      </form>
    </>
  );
}
