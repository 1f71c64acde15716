// The sign-in screen: email and password, exchanged at /admin/session for the session cookie; for
// an account with two-step sign-in, a second step asks for the code of its authenticator app (or a
// recovery code) and sends it with the same email and password, which stay in this component only.
import { useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, signIn } from '../api';
import { useLang } from '../i18n';
import { ErrorSummary, Notice, TextField, byField, shown, type Problem } from '../ui/form';
import { Link, paths } from '../router';
import { Page } from '../ui/page';

export type SignInReason = 'expired' | 'required' | 'signedOut' | null;

const notices = {
  expired: 'signIn.expired',
  required: 'signIn.required',
  signedOut: 'signIn.signedOut',
} as const;

export function SignIn(props: { reason: SignInReason; onSignedIn: () => Promise<void> }) {
  const { t, lang } = useLang();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // The second step: the password was right and the account asks for a code.
  const [codeStep, setCodeStep] = useState(false);
  // Kept unwritten, so that switching the language rewrites them.
  const [problems, setErrors] = useState<Problem[]>([]);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  const [busy, setBusy] = useState(false);

  const startAgain = () => {
    setCodeStep(false);
    setPassword('');
    setCode('');
    setErrors([]);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const missing: Problem[] = [];
    if (codeStep) {
      if (code.trim() === '') missing.push({ field: 'code', say: (t) => t('errors.codeRequired') });
    } else {
      if (email.trim() === '') missing.push({ field: 'email', say: (t) => t('errors.emailRequired') });
      if (password === '') missing.push({ field: 'password', say: (t) => t('errors.passwordRequired') });
    }
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    try {
      await signIn(email, password, codeStep ? code : undefined);
      setErrors([]);
      await props.onSignedIn();
    } catch (err) {
      const first = apiErrors(err)[0];
      if (first?.code === 'TWO_STEP_REQUIRED') {
        setErrors([]);
        setCodeStep(true);
        return;
      }
      if (codeStep && (first?.field === 'code' || first?.code === 'RATE_LIMITED')) {
        setErrors([{ field: 'code', say: (t) => errorMessage(first, t) }]);
        setCode('');
        return;
      }
      // A wrong email or password is one error about both: it links to the email field.
      setCodeStep(false);
      setErrors(apiErrors(err).slice(0, 1).map((a) => ({ field: a.field ?? 'email', say: (t) => errorMessage(a, t) })));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = byField(errors);
  const button = (
    <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
      {busy ? t('signIn.submitting') : t('signIn.submit')}
    </button>
  );
  if (codeStep) {
    return (
      <Page key="code" title={t('signIn.codeTitle')} error={errors.length > 0}>
        <ErrorSummary errors={errors} />
        <p>{t('signIn.codeIntro')}</p>
        <form class="form narrow" onSubmit={submit} noValidate>
          <TextField id="code" label={t('signIn.code')} type="text" value={code} onInput={setCode}
            error={fieldErrors.code} hint={t('signIn.codeHint')} autocomplete="one-time-code" inputMode="numeric"
            maxLength={64} width="medium" />
          {button}
        </form>
        <p>
          <button type="button" class="button button-text" onClick={startAgain}>{t('signIn.startAgain')}</button>
        </p>
      </Page>
    );
  }
  return (
    <Page key="password" title={t('signIn.title')} error={errors.length > 0}>
      {props.reason && errors.length === 0 && <Notice message={t(notices[props.reason])} />}
      <ErrorSummary errors={errors} />
      <p>{t('signIn.intro')}</p>
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="email" label={t('signIn.email')} type="email" value={email} onInput={setEmail}
          error={fieldErrors.email} autocomplete="username" />
        <TextField id="password" label={t('signIn.password')} type="password" value={password} onInput={setPassword}
          error={fieldErrors.password} autocomplete="current-password" />
        {button}
      </form>
      <p>
        <Link href={paths.forgotPassword}>{t('signIn.forgot')}</Link>
      </p>
    </Page>
  );
}
