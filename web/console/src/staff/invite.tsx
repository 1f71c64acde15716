// Inviting a person: email, name, role and ministry; the server makes the account and emails the
// person a link to set their own password (nobody else sees it), then this screen says so.
import { useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { InviteStaffDocument } from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { Link, paths } from '../router';
import { Select } from '../ui/controls';
import { ErrorSummary, Notice, TextField, byField, type FieldError } from '../ui/form';
import { Page } from '../ui/page';
import { inLang } from '../ui/text';
import { grantableRoles, type Role, type Viewer } from './roles';

// Messages of the invitation's fields, by the field the server names.
const fieldKeys = {
  'input.email': 'errors.inviteEmail',
  'input.displayName': 'errors.inviteName',
  'input.ministryCode': 'errors.inviteMinistry',
} as const;

export function Invite(props: { viewer: Viewer }) {
  const { t, lang } = useLang();
  const roles = grantableRoles(props.viewer);
  const ministries = props.viewer.staffMinistries;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('MINISTRY_EDITOR');
  const [ministry, setMinistry] = useState(ministries.length === 1 ? ministries[0].code : '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<{ email: string; name: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (email.trim() === '') found.push({ field: 'input.email', message: t('errors.emailRequired') });
    if (name.trim() === '') found.push({ field: 'input.displayName', message: t('errors.inviteName') });
    if (role !== 'SECRETARIAT' && ministry === '') found.push({ field: 'input.ministryCode', message: t('errors.inviteMinistry') });
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      const d = await request(InviteStaffDocument, {
        input: { email: email.trim(), displayName: name.trim(), role, ministryCode: role === 'SECRETARIAT' ? null : ministry },
      });
      setErrors([]);
      setSent({ email: d.inviteStaff.staffMember.email, name: d.inviteStaff.staffMember.displayName, expiresAt: d.inviteStaff.expiresAt });
    } catch (err) {
      setErrors(apiErrors(err).map((a) => ({
        field: a.field,
        message: a.code === 'CONFLICT' ? t('errors.inviteExists') : errorMessage(a, t, (f) => f in fieldKeys ? t(fieldKeys[f as keyof typeof fieldKeys]) : undefined),
      })));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <Page title={t('invite.sentTitle')}>
        <Notice message={t('invite.sent', { name: sent.name, email: sent.email })} />
        <p>{t('invite.sentExpires', { when: formatTime(lang, sent.expiresAt) })}</p>
        <p>{t('invite.sentNext')}</p>
        <ul class="link-list">
          <li>
            <Link href={paths.staff}>{t('invite.backToStaff')}</Link>
          </li>
          <li>
            <a href={paths.invite} onClick={(e) => { e.preventDefault(); setSent(null); setEmail(''); setName(''); }}>
              {t('invite.another')}
            </a>
          </li>
        </ul>
      </Page>
    );
  }
  const fieldErrors = byField(errors);
  return (
    <Page title={t('invite.title')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p>{t('invite.intro')}</p>
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="input.email" label={t('invite.email')} type="email" value={email} onInput={setEmail}
          error={fieldErrors['input.email']} hint={t('invite.emailHint')} autocomplete="off" maxLength={254} />
        <TextField id="input.displayName" label={t('invite.name')} type="text" value={name} onInput={setName}
          error={fieldErrors['input.displayName']} hint={t('invite.nameHint')} autocomplete="off" maxLength={100} />
        <Select id="input.role" label={t('invite.role')} value={role} onChange={(r) => setRole(r as Role)}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} hint={t('invite.roleHint')} error={fieldErrors['input.role']} />
        {role !== 'SECRETARIAT' && (
          <Select id="input.ministryCode" label={t('staff.ministry')} value={ministry} onChange={setMinistry} placeholder={t('invite.chooseMinistry')}
            options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} error={fieldErrors['input.ministryCode']} />
        )}
        <div class="button-group">
          <button class="button button-primary" type="submit" aria-disabled={busy ? 'true' : undefined}>
            {t('invite.submit')}
          </button>
          <Link href={paths.staff}>{t('invite.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
