import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, FormField, FormLabel, Heading1, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { minimumContrast, shownRatio } from '@shared/export/contrast';
import { checkContrast, documentFonts, houseStyleSchema, type ContrastCheck, type ContrastField, type HouseStyle } from '@shared/export/houseStyle';
import { Field } from '../components/Field';
import { formatDecimal } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { HouseStylePreview } from './HouseStylePreview';
import { LogoError, logoFromFile } from './logoImage';
import './export.css';

type Errors = Partial<Record<string, string>>;

/*
 * Too little contrast refuses the save rather than warning: the house style
 * goes into every document the municipality publishes, which must meet WCAG,
 * and a warning clicked away once would make all of them hard to read.
 */
function errorsOf(style: HouseStyle): Errors {
  const parsed = houseStyleSchema.safeParse(style);
  const contrast = Object.fromEntries(checkContrast(style).filter((check) => !check.ok).map((check) => [check.field, 'export.houseStyle.contrast.invalid']));
  if (parsed.success) return contrast;
  return {
    ...contrast,
    ...Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message.startsWith('validation.') ? issue.message : 'validation.required'])),
  };
}

const ratioText = (ratio: number) => formatDecimal(shownRatio(ratio), 2);

/** How exported Word documents look; set once, used by every export. */
export function HouseStylePage() {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const [style, setStyle] = useState<HouseStyle>(settings.houseStyle);
  const [errors, setErrors] = useState<Errors>({});
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [lowContrast, setLowContrast] = useState<ContrastCheck[]>([]);
  const contrast = checkContrast(style);
  const contrastHint = (field: ContrastField) => {
    const check = contrast.find((c) => c.field === field)!;
    return t(`export.houseStyle.contrast.${field}`, {
      ratio: ratioText(check.ratio),
      verdict: t(check.ok ? 'export.houseStyle.contrast.enough' : 'export.houseStyle.contrast.tooLow'),
      minimum: formatDecimal(minimumContrast, 1),
    });
  };

  const change = (next: Partial<HouseStyle>) => {
    setStyle((current) => ({ ...current, ...next }));
    setSaved(false);
  };

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setLogoProblem(null);
    try {
      const alt = style.logo?.alt || t('export.houseStyle.logoAltDefault', { organisation: style.organisationName });
      change({ logo: await logoFromFile(file, alt) });
    } catch (error) {
      setLogoProblem(t(`export.houseStyle.logoProblem.${error instanceof LogoError ? error.problem : 'unreadable'}`));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = errorsOf(style);
    setErrors(found);
    setLowContrast(contrast.filter((check) => !check.ok));
    if (Object.keys(found).length > 0) return;
    try {
      await save({ ...settings, houseStyle: houseStyleSchema.parse(style) });
      setSaved(true);
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <>
      <Heading1>{t('export.houseStyle.title')}</Heading1>
      <Paragraph>{t('export.houseStyle.intro')}</Paragraph>
      <div className="house-style">
        <form onSubmit={submit} noValidate className="settings-form house-style__form">
          <Field label={t('export.houseStyle.organisationName')} hint={t('export.houseStyle.organisationNameHint')} error={errors.organisationName}>
            {(c) => <Textbox {...c} maxLength={120} value={style.organisationName} onChange={(e) => change({ organisationName: e.target.value })} />}
          </Field>
          <Field label={t('export.houseStyle.logo')} hint={t('export.houseStyle.logoHint')}>
            {(c) => <input {...c} type="file" accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml" onChange={(e) => void chooseLogo(e)} />}
          </Field>
          {logoProblem && (
            <Alert type="error" role="alert">
              <Paragraph>{logoProblem}</Paragraph>
            </Alert>
          )}
          {style.logo && (
            <>
              <Field label={t('export.houseStyle.logoAlt')} hint={t('export.houseStyle.logoAltHint')} error={errors['logo.alt']} required>
                {(c) => <Textbox {...c} maxLength={250} value={style.logo!.alt} onChange={(e) => change({ logo: { ...style.logo!, alt: e.target.value } })} />}
              </Field>
              <Button appearance="secondary-action-button" onClick={() => change({ logo: null })}>
                {t('export.houseStyle.removeLogo')}
              </Button>
            </>
          )}
          <Field label={t('export.houseStyle.font')}>
            {(c) => (
              <Select {...c} value={style.font} onChange={(e) => change({ font: e.target.value as HouseStyle['font'] })}>
                {documentFonts.map((font) => (
                  <SelectOption key={font} value={font}>
                    {font}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('export.houseStyle.headingColor')} hint={contrastHint('headingColor')} error={errors.headingColor}>
            {(c) => <input {...c} type="color" value={style.headingColor} onChange={(e) => change({ headingColor: e.target.value })} />}
          </Field>
          <Field
            label={t('export.houseStyle.accentColor')}
            hint={`${t('export.houseStyle.accentColorHint')} ${contrastHint('accentColor')}`}
            error={errors.accentColor}
          >
            {(c) => <input {...c} type="color" value={style.accentColor} onChange={(e) => change({ accentColor: e.target.value })} />}
          </Field>
          <Field label={t('export.houseStyle.footerText')} hint={t('export.houseStyle.footerTextHint')} error={errors.footerText}>
            {(c) => <Textbox {...c} maxLength={200} value={style.footerText} onChange={(e) => change({ footerText: e.target.value })} />}
          </Field>
          {(['referenceInHeader', 'pageNumbers'] as const).map((key) => (
            <FormField type="checkbox" key={key} className="form-row">
              <Checkbox id={`house-style-${key}`} checked={style[key]} onChange={(e) => change({ [key]: e.target.checked })} />
              <FormLabel htmlFor={`house-style-${key}`} type="checkbox">
                {t(`export.houseStyle.${key}`)}
              </FormLabel>
            </FormField>
          ))}
          <Button type="submit" appearance="primary-action-button">
            {t('common.save')}
          </Button>
          {lowContrast.length > 0 && (
            <Alert type="error" role="alert">
              <Paragraph>{t('export.houseStyle.contrast.refused')}</Paragraph>
              <ul>
                {lowContrast.map((check) => (
                  <li key={check.field}>{t(`export.houseStyle.contrast.problem.${check.field}`, { ratio: ratioText(check.ratio) })}</li>
                ))}
              </ul>
            </Alert>
          )}
          {saved && (
            <Alert type="ok" role="status">
              <Paragraph>{t('export.houseStyle.saved')}</Paragraph>
            </Alert>
          )}
        </form>
        <HouseStylePreview style={style} bodyName={settings.organisationName} />
      </div>
      <Paragraph>
        <Link to="/instellingen">{t('export.houseStyle.back')}</Link>
      </Paragraph>
    </>
  );
}
