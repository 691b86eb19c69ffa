import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, Paragraph, Textbox } from '@utrecht/component-library-react';
import { governmentDomains } from '@shared/publication/linkDomains';
import { domainNameSchema } from '@shared/settings/domainName';
import { Field } from '../components/Field';

interface Props {
  domains: readonly string[];
  /** The municipality's own domain as typed above; it counts whatever the list says. */
  municipalityDomain: string;
  onChange(domains: string[]): void;
}

/**
 * The domains whose links keep their address in public documents. A domain
 * is checked when it is added, so the list never holds one the filter could
 * not read; the municipality's own domain shows but is set with the
 * municipality.
 */
export function LinkDomainsFieldset({ domains, municipalityDomain, onChange }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const own = domainNameSchema.safeParse(municipalityDomain);

  const add = () => {
    const parsed = domainNameSchema.safeParse(typed);
    if (!parsed.success) return setError('validation.domainName');
    if (domains.includes(parsed.data) || (own.success && own.data === parsed.data)) return setError('validation.domainListed');
    onChange([...domains, parsed.data]);
    setTyped('');
    setError(undefined);
  };

  return (
    <Fieldset id="links" className="form-row" aria-describedby="link-domains-intro">
      <FieldsetLegend>{t('settings.linkDomains.legend')}</FieldsetLegend>
      <FormFieldDescription id="link-domains-intro">{t('settings.linkDomains.intro')}</FormFieldDescription>
      <Paragraph>{own.success ? t('settings.linkDomains.own', { domain: own.data }) : t('settings.linkDomains.ownMissing')}</Paragraph>
      {domains.length === 0 ? (
        <Paragraph>{t('settings.linkDomains.none')}</Paragraph>
      ) : (
        <ul className="settings-domains" aria-label={t('settings.linkDomains.list')}>
          {domains.map((domain) => (
            <li key={domain}>
              <span>{domain}</span>{' '}
              <Button appearance="subtle-button" aria-label={t('settings.linkDomains.removeNamed', { domain })} onClick={() => onChange(domains.filter((d) => d !== domain))}>
                {t('settings.linkDomains.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t('settings.linkDomains.add')} hint={t('settings.linkDomains.addHint')} error={error}>
        {(c) => (
          <Textbox
            {...c}
            inputMode="url"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setError(undefined);
            }}
            onKeyDown={(event) => {
              // Enter adds the domain; it would otherwise save the whole form with the domain left out.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={add}>
          {t('settings.linkDomains.addButton')}
        </Button>
        <Button appearance="subtle-button" onClick={() => onChange([...governmentDomains])}>
          {t('settings.linkDomains.reset')}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}
