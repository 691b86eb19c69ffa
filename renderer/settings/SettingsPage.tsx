import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { checkReferencePattern } from '@shared/cases/reference';
import { languages, publicNamings } from '@shared/settings/defaultSettings';
import { settingsSchema, withMunicipalityLetterhead, type Settings } from '@shared/settings/settingsSchema';
import { contentLimits } from '@shared/backup/limits';
import { tooiMunicipalities } from '@shared/export/diwoo/tooiMunicipalities';
import { useService } from '../services/services';
import { caseRepositoryKey } from '../cases/caseRepository';
import { Field } from '../components/Field';
import { FormNotices } from '../components/FormNotices';
import { reportStorageError } from '../persistence/storageProblems';
import { LinkDomainsFieldset } from './LinkDomainsFieldset';
import { useSettings } from './settingsContext';
import { useBoardState } from '../board/useBoardState';

export function SettingsPage() {
  const { t } = useTranslation();
  const boardState = useBoardState();
  const boardAccount = 'account' in boardState ? boardState.account : null;
  const { settings, save } = useSettings();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, watch, setValue, formState } = useForm<z.input<typeof settingsSchema>, unknown, Settings>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settings,
  });
  const { errors } = formState;
  const pattern = watch('referencePattern').trim();
  const example = useNextReference(pattern);
  const municipalityCode = watch('municipality.code').trim();

  const submit = handleSubmit(async (values) => {
    try {
      await save(withMunicipalityLetterhead(values));
      setSaved(true);
    } catch (error) {
      reportStorageError(error);
    }
  });

  return (
    <>
      <Heading1>{t('settings.title')}</Heading1>
      <form onSubmit={submit} noValidate className="settings-form" onChange={() => setSaved(false)}>
        <FormNotices restored={false} errors={errors} submitted={formState.isSubmitted} />
        <Field label={t('settings.language')} error={errors.language?.message}>
          {(c) => (
            <Select {...c} {...register('language')}>
              {languages.map((language) => (
                <SelectOption key={language} value={language}>
                  {t(`settings.languages.${language}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('settings.organisationName')} error={errors.organisationName?.message}>
          {(c) => <Textbox {...c} {...register('organisationName')} />}
        </Field>
        <Fieldset id="gemeente" className="form-row" aria-describedby="municipality-intro">
          <FieldsetLegend>{t('settings.municipality.legend')}</FieldsetLegend>
          <FormFieldDescription id="municipality-intro">{t('settings.municipality.intro')}</FormFieldDescription>
          <Field label={t('settings.municipality.name')} error={errors.municipality?.name?.message}>
            {(c) => <Textbox autoComplete="organization" {...c} {...register('municipality.name')} />}
          </Field>
          <Field label={t('settings.municipality.code')} hint={municipalityHint(t, municipalityCode)} error={errors.municipality?.code?.message}>
            {(c) => <Textbox inputMode="numeric" maxLength={4} {...c} {...register('municipality.code')} />}
          </Field>
          <Field label={t('settings.municipality.domain')} hint={t('settings.municipality.domainHint')} error={errors.municipality?.domain?.message}>
            {(c) => <Textbox inputMode="url" {...c} {...register('municipality.domain')} />}
          </Field>
        </Fieldset>
        <Field
          label={t('settings.referencePattern')}
          hint={boardState.mode === 'solo' ? t('settings.referencePatternHint', { example: example ?? '—' }) : t('settings.referencePatternBoardHint')}
          error={errors.referencePattern?.message}
        >
          {(c) => <Textbox {...c} {...register('referencePattern')} />}
        </Field>
        <Field label={t('settings.attachmentLimit')} error={errors.attachmentLimitMb?.message}>
          {(c) => <Textbox type="number" min={1} max={contentLimits.maxAttachmentMb} {...c} {...register('attachmentLimitMb', { valueAsNumber: true })} />}
        </Field>
        <Field
          label={t('settings.userName')}
          hint={boardAccount ? t('settings.userNameInBoardMode', { name: boardAccount.name }) : t('settings.userNameHint')}
          error={errors.userName?.message}
        >
          {(c) => <Textbox autoComplete="name" {...c} {...register('userName')} />}
        </Field>
        <Field
          label={t('settings.conclusionTermWeeks')}
          hint={t('settings.conclusionTermWeeksHint')}
          error={errors.conclusionTermWeeks?.message}
        >
          {(c) => <Textbox type="number" min={1} max={52} {...c} {...register('conclusionTermWeeks', { valueAsNumber: true })} />}
        </Field>
        <Fieldset role="radiogroup" className="form-row" aria-describedby="public-naming-hint">
          <FieldsetLegend>{t('settings.publicNaming')}</FieldsetLegend>
          <FormFieldDescription id="public-naming-hint">{t('settings.publicNamingHint')}</FormFieldDescription>
          {publicNamings.map((option) => (
            <FormField type="radio" key={option}>
              <RadioButton id={`public-naming-${option}`} value={option} {...register('publicNaming')} />
              <FormLabel htmlFor={`public-naming-${option}`} type="radio">
                {t(`settings.publicNamings.${option}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <LinkDomainsFieldset
          domains={watch('publicLinkDomains')}
          municipalityDomain={watch('municipality.domain') ?? ''}
          onChange={(domains) => {
            setValue('publicLinkDomains', domains, { shouldDirty: true });
            setSaved(false);
          }}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('common.save')}
        </Button>
        {saved && (
          <Alert type="ok" role="status">
            <Paragraph>{t('settings.saved')}</Paragraph>
          </Alert>
        )}
      </form>
      <Paragraph>
        <Link to="/instellingen/methoden">{t('methods.settingsLink')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/instellingen/screening">{t('screening.template.settingsLink')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/instellingen/huisstijl">{t('export.houseStyle.link')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/instellingen/back-up">{t('backup.settingsLink')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/instellingen/bestuur">{t('board.settingsLink')}</Link>
      </Paragraph>
    </>
  );
}

/** Which municipality a complete code stands for, so a typo shows before anything is published. */
function municipalityHint(t: TFunction, code: string): string {
  if (!/^\d{4}$/.test(code)) return t('settings.municipality.codeHint');
  const name = tooiMunicipalities[code];
  return name ? t('settings.municipality.known', { code, name }) : t('settings.municipality.unknown', { code });
}

/** The number the next registration would get with the pattern as typed; null while it is not a valid pattern. */
function useNextReference(pattern: string): string | null {
  const cases = useService(caseRepositoryKey);
  const valid = checkReferencePattern(pattern) === null;
  const [next, setNext] = useState<{ pattern: string; reference: string } | null>(null);
  useEffect(() => {
    if (!valid) return;
    let current = true;
    cases.nextReference(pattern).then((reference) => current && setNext({ pattern, reference }), reportStorageError);
    return () => {
      current = false;
    };
  }, [cases, pattern, valid]);
  // A number read for an earlier pattern is never shown for this one.
  return valid && next?.pattern === pattern ? next.reference : null;
}
