import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton, Textbox } from '@utrecht/component-library-react';
import { Field } from '../components/Field';
import type { SignIn } from '../sync/boardSession';

export type SignInMethod = SignIn['kind'];

export interface SignInValues {
  method: SignInMethod;
  email: string;
  password: string;
  name: string;
  code: string;
}

export const emptySignIn: SignInValues = { method: 'login', email: '', password: '', name: '', code: '' };

export function toSignIn({ method, email, password, name, code }: SignInValues): SignIn {
  if (method === 'setup') return { kind: 'setup', setupCode: code, name, email, password };
  if (method === 'invitation') return { kind: 'invitation', invitationCode: code, email, password };
  return { kind: 'login', email, password };
}

interface Props {
  values: SignInValues;
  onChange(values: SignInValues): void;
  /** The ways offered; a machine that was signed in before only needs its password again. */
  methods: readonly SignInMethod[];
}

/** How the person proves who they are: password, the invitation the secretary gave, or (the very first account) the server's setup code. */
export function SignInFields({ values, onChange, methods }: Props) {
  const { t } = useTranslation();
  const set = (field: keyof SignInValues) => (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value });
  const newPassword = values.method !== 'login';
  return (
    <>
      {methods.length > 1 && (
        <Fieldset className="form-row">
          <FieldsetLegend>{t('board.signIn.method')}</FieldsetLegend>
          {methods.map((method) => (
            <FormField type="radio" key={method}>
              <FormLabel type="radio">
                <RadioButton name="sign-in-method" value={method} checked={values.method === method} onChange={() => onChange({ ...values, method })} />{' '}
                {t(`board.signIn.methods.${method}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
      )}
      {values.method !== 'login' && (
        <Field label={t(`board.signIn.code.${values.method}`)} hint={t(`board.signIn.codeHint.${values.method}`)}>
          {(control) => <Textbox {...control} name="code" value={values.code} onChange={set('code')} autoComplete="off" spellCheck={false} />}
        </Field>
      )}
      {values.method === 'setup' && (
        <Field label={t('board.signIn.name')}>{(control) => <Textbox {...control} name="name" value={values.name} onChange={set('name')} autoComplete="name" />}</Field>
      )}
      <Field label={t('board.signIn.email')}>
        {(control) => <Textbox {...control} name="email" type="email" value={values.email} onChange={set('email')} autoComplete="username" />}
      </Field>
      <Field label={t(newPassword ? 'board.signIn.newPassword' : 'board.signIn.password')} hint={newPassword ? t('board.signIn.newPasswordHint') : undefined}>
        {(control) => (
          <Textbox
            {...control}
            name="password"
            type="password"
            value={values.password}
            onChange={set('password')}
            autoComplete={newPassword ? 'new-password' : 'current-password'}
          />
        )}
      </Field>
    </>
  );
}
