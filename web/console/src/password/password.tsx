// The pages that need no session: setting one's password from an invitation's link, asking for a
// reset link, and setting a new password from one. The links carry their token after '#': it is
// read once and taken out of the address, so that it is neither sent to the server with the page
// nor left in the history.
import { useState } from 'preact/hooks';
import { apiErrors, errorMessage, request, signIn } from '../api';
import { AcceptInvitationDocument, RequestPasswordResetDocument, ResetPasswordDocument } from '../gql/graphql';
import { addStrings, useLang } from '../i18n';
import { Link, paths } from '../router';
import { ErrorSummary, Notice, TextField, byField, type FieldError } from '../ui/form';
import { Page } from '../ui/page';
import * as strings from './strings';

addStrings(strings);

/** The token of the link that opened the page, taken out of the address. */
function useLinkToken(): string {
  const [token] = useState(() => {
    const t = location.hash.slice(1);
    if (t) history.replaceState(history.state, '', location.pathname + location.search);
    return t;
  });
  return token;
}

/**
 * Setting a password from a link: an invitation's (the first password of a new account) or a
 * reset's. Once set, the person is signed in with it (onSignedIn), as if at the sign-in page.
 */
export function SetPassword(props: { kind: 'invitation' | 'reset'; onSignedIn: () => Promise<void> }) {
  const { t } = useLang();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [dead, setDead] = useState(token === '');
  const [busy, setBusy] = useState(false);
  const invitation = props.kind === 'invitation';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    const n = [...password].length;
    if (n < 12 || n > 256) found.push({ field: 'password', message: t('errors.newPasswordLength') });
    else if (confirm !== password) found.push({ field: 'confirm', message: t('errors.passwordsDiffer') });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      const email = invitation
        ? (await request(AcceptInvitationDocument, { token, password })).acceptInvitation.email
        : (await request(ResetPasswordDocument, { token, password })).resetPassword.email;
      await signIn(email, password);
      await props.onSignedIn();
    } catch (err) {
      const errs = apiErrors(err);
      if (errs.some((a) => a.field === 'token')) setDead(true);
      else setErrors(errs.map((a) => ({ field: a.field === 'password' ? 'password' : undefined, message: errorMessage(a, t) })));
      setBusy(false);
    }
  };

  const title = invitation ? t('password.setTitle') : t('password.resetTitle');
  if (dead) {
    return (
      <Page title={t('password.deadTitle')}>
        <p>{invitation ? t('password.deadInvitation') : t('password.deadReset')}</p>
        <p>
          <Link href={paths.forgotPassword}>{t('password.askAgain')}</Link>
        </p>
      </Page>
    );
  }
  const fieldErrors = byField(errors);
  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p>{invitation ? t('password.setIntro') : t('password.resetIntro')}</p>
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="password" label={t('account.newPassword')} type="password" value={password} onInput={setPassword}
          error={fieldErrors.password} hint={t('account.newPasswordHint')} autocomplete="new-password" />
        <TextField id="confirm" label={t('password.confirm')} type="password" value={confirm} onInput={setConfirm}
          error={fieldErrors.confirm} autocomplete="new-password" />
        <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
          {invitation ? t('password.setSubmit') : t('password.resetSubmit')}
        </button>
      </form>
    </Page>
  );
}

/** Asking for a reset link: the answer is the same whether the address has an account or not. */
export function ForgotPassword() {
  const { t } = useLang();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (email.trim() === '') {
      setErrors([{ field: 'email', message: t('errors.emailRequired') }]);
      return;
    }
    setBusy(true);
    try {
      await request(RequestPasswordResetDocument, { email: email.trim() });
      setErrors([]);
      setSent(true);
    } catch (err) {
      setErrors(apiErrors(err).map((a) => ({ field: 'email', message: a.code === 'BAD_USER_INPUT' ? t('errors.emailInvalid') : errorMessage(a, t) })));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <Page title={t('password.forgotTitle')}>
        <Notice message={t('password.forgotSent', { email: email.trim() })} focus />
        <p>{t('password.forgotSentMore')}</p>
        <p>
          <Link href={paths.signIn}>{t('password.backToSignIn')}</Link>
        </p>
      </Page>
    );
  }
  const fieldErrors = byField(errors);
  return (
    <Page title={t('password.forgotTitle')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p>{t('password.forgotIntro')}</p>
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="email" label={t('signIn.email')} type="email" value={email} onInput={setEmail}
          error={fieldErrors.email} autocomplete="username" maxLength={254} />
        <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
          {t('password.forgotSubmit')}
        </button>
      </form>
      <p>
        <Link href={paths.signIn}>{t('password.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
