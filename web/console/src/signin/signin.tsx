// The sign-in screen: email and password, exchanged at /admin/session for the session cookie.
import { useState } from 'preact/hooks';
import { apiErrors, errorMessage, signIn } from '../api';
import { useLang } from '../i18n';
import { ErrorSummary, Notice, TextField, byField, type FieldError } from '../ui/form';
import { Link, paths } from '../router';
import { Page } from '../ui/page';

export type SignInReason = 'expired' | 'required' | 'signedOut' | null;

const notices = {
  expired: 'signIn.expired',
  required: 'signIn.required',
  signedOut: 'signIn.signedOut',
} as const;

export function SignIn(props: { reason: SignInReason; onSignedIn: () => Promise<void> }) {
  const { t } = useLang();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const missing: FieldError[] = [];
    if (email.trim() === '') missing.push({ field: 'email', message: t('errors.emailRequired') });
    if (password === '') missing.push({ field: 'password', message: t('errors.passwordRequired') });
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    try {
      await signIn(email, password);
      setErrors([]);
      await props.onSignedIn();
    } catch (err) {
      // A wrong email or password is one error about both: it links to the email field.
      setErrors(apiErrors(err).slice(0, 1).map((a) => ({ field: a.field ?? 'email', message: errorMessage(a, t) })));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = byField(errors);
  return (
    <Page title={t('signIn.title')} error={errors.length > 0}>
      {props.reason && errors.length === 0 && <Notice message={t(notices[props.reason])} />}
      <ErrorSummary errors={errors} />
      <p>{t('signIn.intro')}</p>
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="email" label={t('signIn.email')} type="email" value={email} onInput={setEmail}
          error={fieldErrors.email} autocomplete="username" />
        <TextField id="password" label={t('signIn.password')} type="password" value={password} onInput={setPassword}
          error={fieldErrors.password} autocomplete="current-password" />
        <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link href={paths.forgotPassword}>{t('signIn.forgot')}</Link>
      </p>
    </Page>
  );
}
