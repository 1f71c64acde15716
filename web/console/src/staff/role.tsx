// Granting a role and revoking one, each after a check that says what will change for whom: a grant
// is chosen (role, ministry), then confirmed; a revocation, chosen in the list, is confirmed here.
// The person is named by the address's email; the server decides again (grantRole, revokeRole).
import { useEffect, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { GrantRoleDocument, RevokeRoleDocument, StaffMemberDocument } from '../gql/graphql';
import { useLang } from '../i18n';
import { Link, navigate, paths } from '../router';
import { Select } from '../ui/controls';
import { setFlash } from '../ui/flash';
import { ErrorSummary, byField, type FieldError } from '../ui/form';
import { Page } from '../ui/page';
import { inLang } from '../ui/text';
import { grantableRoles, roleLabel, type Role, type Viewer } from './roles';

type Person = { email: string; displayName: string };

/** The person the address names, as the staff list shows them; null while loading, false when
 * the viewer may not see them (or there is nobody with that email). */
function usePerson(email: string): Person | null | false {
  const [person, setPerson] = useState<Person | null | false>(null);
  useEffect(() => {
    if (!email) {
      setPerson(false);
      return;
    }
    request(StaffMemberDocument, { search: email })
      .then((d) => setPerson(d.staff.edges.map((e) => e.node).find((n) => n.email === email.toLowerCase()) ?? false))
      .catch(() => setPerson(false));
  }, [email]);
  return person;
}

export function RoleChange(props: { viewer: Viewer; query: URLSearchParams; action: 'grant' | 'revoke' }) {
  const { t, lang } = useLang();
  const v = props.viewer;
  const email = props.query.get('email') ?? '';
  const person = usePerson(email);
  const ministries = v.staffMinistries;
  const [role, setRole] = useState<Role>((props.query.get('role') as Role) || 'MINISTRY_VIEWER');
  const [ministry, setMinistry] = useState(props.query.get('ministry') ?? (ministries.length === 1 ? ministries[0].code : ''));
  const [checking, setChecking] = useState(props.action === 'revoke');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  if (person === null) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (person === false) {
    return (
      <Page title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        <p>
          <Link href={paths.staff}>{t('invite.backToStaff')}</Link>
        </p>
      </Page>
    );
  }

  const m = ministries.find((x) => x.code === ministry);
  const label = roleLabel({ role, ministry: role === 'SECRETARIAT' ? null : m ? { code: m.code, name: m.name } : null }, lang, t);
  const title = props.action === 'grant' ? t('grant.title', { name: person.displayName }) : t('revoke.title', { name: person.displayName });

  const check = (e: Event) => {
    e.preventDefault();
    if (role !== 'SECRETARIAT' && !m) {
      setErrors([{ field: 'ministry', message: t('errors.inviteMinistry') }]);
      return;
    }
    setErrors([]);
    setChecking(true);
  };

  const confirm = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const input = { email: person.email, role, ministryCode: role === 'SECRETARIAT' ? null : ministry };
    try {
      if (props.action === 'grant') await request(GrantRoleDocument, { input });
      else await request(RevokeRoleDocument, { input });
      setFlash(props.action === 'grant' ? 'grant.done' : 'revoke.done');
      navigate(paths.staff);
    } catch (err) {
      setErrors(apiErrors(err).map((a) => ({ message: errorMessage(a, t) })));
      setBusy(false);
    }
  };

  if (!checking) {
    const fieldErrors = byField(errors);
    return (
      <Page title={title} error={errors.length > 0}>
        <ErrorSummary errors={errors} />
        <p>{t('grant.intro', { name: person.displayName, email: person.email })}</p>
        <form class="form narrow" onSubmit={check} noValidate>
          <Select id="role" label={t('invite.role')} value={role} onChange={(r) => setRole(r as Role)}
            options={grantableRoles(v).map((r) => ({ value: r, label: t(`role.${r}`) }))} hint={t('invite.roleHint')} />
          {role !== 'SECRETARIAT' && (
            <Select id="ministry" label={t('staff.ministry')} value={ministry} onChange={setMinistry} placeholder={t('invite.chooseMinistry')}
              options={ministries.map((x) => ({ value: x.code, label: inLang(lang, x.name) }))} error={fieldErrors.ministry} />
          )}
          <div class="button-group">
            <button class="button button-primary" type="submit">
              {t('grant.next')}
            </button>
            <Link href={paths.staff}>{t('invite.cancel')}</Link>
          </div>
        </form>
      </Page>
    );
  }
  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <div class="check">
        <p>
          {props.action === 'grant'
            ? t('grant.check', { name: person.displayName, email: person.email, role: label })
            : t('revoke.check', { name: person.displayName, email: person.email, role: label })}
        </p>
        <p>{props.action === 'grant' ? t('grant.effect') : t('revoke.effect')}</p>
      </div>
      <form onSubmit={confirm}>
        <div class="button-group">
          <button class={props.action === 'grant' ? 'button button-primary' : 'button button-warning'} type="submit"
            aria-disabled={busy ? 'true' : undefined}>
            {props.action === 'grant' ? t('grant.submit') : t('revoke.submit')}
          </button>
          {props.action === 'grant' ? (
            <button class="button button-secondary" type="button" onClick={() => setChecking(false)}>
              {t('grant.back')}
            </button>
          ) : (
            <Link href={paths.staff}>{t('invite.cancel')}</Link>
          )}
        </div>
      </form>
    </Page>
  );
}
