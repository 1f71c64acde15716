// The account screen: who is signed in, their roles in each ministry, and the change of password
// (the current one, then the new one; every other session of the person ends).
import { useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { ChangePasswordDocument, type ViewerQuery } from '../gql/graphql';
import { useLang, type Lang } from '../i18n';
import { ErrorSummary, Notice, TextField, byField, type FieldError } from '../ui/form';
import { Link, paths } from '../router';
import { Page } from '../ui/page';

type Viewer = ViewerQuery['viewer'];

export function Account(props: { viewer: Viewer }) {
  const { t, lang } = useLang();
  const v = props.viewer;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Page title={t('account.title')} error={errors.length > 0}>
      {done && <Notice message={done} focus />}
      <ErrorSummary errors={errors} />
      <section aria-labelledby="who">
        <h2 id="who">{t('account.who')}</h2>
        <dl class="summary-list">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{v.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{v.email}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="roles">
        <h2 id="roles">{t('account.roles')}</h2>
        <Roles viewer={v} lang={lang} />
      </section>
      <section aria-labelledby="two-step-heading">
        <h2 id="two-step-heading">{t('account.twoStep')}</h2>
        <p>{v.twoStep?.enabled ? t('account.twoStepOn', { count: v.twoStep.recoveryCodesLeft }) : t('account.twoStepOff')}</p>
        <p>
          <Link href={paths.twoStep}>{v.twoStep?.enabled ? t('account.twoStepTurnOffLink') : t('account.twoStepManage')}</Link>
        </p>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.changePassword')}</h2>
        <ChangePassword
          onErrors={(e) => {
            setDone(null);
            setErrors(e);
          }}
          onDone={(msg) => {
          setErrors([]);
          setDone(msg);
        }} errors={errors} />
      </section>
    </Page>
  );
}

function Roles(props: { viewer: Viewer; lang: Lang }) {
  const { t } = useLang();
  if (props.viewer.roles.length === 0) return <p>{t('account.noRoles')}</p>;
  return (
    <table class="table">
      <caption class="visually-hidden">{t('account.rolesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('account.ministry')}</th>
          <th scope="col">{t('account.role')}</th>
        </tr>
      </thead>
      <tbody>
        {props.viewer.roles.map((r) => (
          <tr key={`${r.role}-${r.ministry?.code ?? ''}`}>
            <th scope="row">
              {r.ministry ? (props.lang === 'en' && r.ministry.name.en) || r.ministry.name.ja : t('account.allMinistries')}
            </th>
            <td>{t(`role.${r.role}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangePassword(props: { errors: FieldError[]; onErrors: (e: FieldError[]) => void; onDone: (msg: string) => void }) {
  const { t } = useLang();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (current === '') found.push({ field: 'currentPassword', message: t('errors.currentPasswordRequired') });
    const n = [...next].length;
    if (n === 0) found.push({ field: 'newPassword', message: t('errors.newPasswordRequired') });
    else if (n < 12 || n > 256) found.push({ field: 'newPassword', message: t('errors.newPasswordLength') });
    else if (next === current) found.push({ field: 'newPassword', message: t('errors.newPasswordSame') });
    if (found.length > 0) {
      props.onErrors(found);
      return;
    }
    setBusy(true);
    try {
      const data = await request(ChangePasswordDocument, { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      const ended = data.changePassword.otherSessionsEnded;
      props.onDone(ended > 0 ? t('account.changedEndedOthers', { count: ended }) : t('account.changed'));
    } catch (err) {
      props.onErrors(apiErrors(err).map((a) => ({ field: a.field, message: errorMessage(a, t) })));
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = byField(props.errors);
  return (
    <form class="form narrow" onSubmit={submit} noValidate>
      <p class="field-hint">{t('account.changePasswordHint')}</p>
      <TextField id="currentPassword" label={t('account.currentPassword')} type="password" value={current}
        onInput={setCurrent} error={fieldErrors.currentPassword} autocomplete="current-password" />
      <TextField id="newPassword" label={t('account.newPassword')} type="password" value={next} onInput={setNext}
        error={fieldErrors.newPassword} hint={t('account.newPasswordHint')} autocomplete="new-password" />
      <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
        {t('account.submit')}
      </button>
    </form>
  );
}
