// What the staff screens offer: the roles a viewer may grant (none above its own; only the
// secretariat grants SECRETARIAT) and the ministries where it may, as the server decides again.
import type { ViewerQuery } from '../gql/graphql';
import type { Lang, Translate } from '../i18n';
import { inLang } from '../ui/text';

export type Viewer = ViewerQuery['viewer'];
export type Role = 'SECRETARIAT' | 'MINISTRY_ADMIN' | 'MINISTRY_EDITOR' | 'MINISTRY_VIEWER';

/** Whether the viewer is the secretariat, whose role holds in every ministry. */
export function isSecretariat(v: Viewer): boolean {
  return v.roles.some((r) => r.role === 'SECRETARIAT');
}

/** The roles the viewer may grant, highest first. */
export function grantableRoles(v: Viewer): Role[] {
  const ministryRoles: Role[] = ['MINISTRY_ADMIN', 'MINISTRY_EDITOR', 'MINISTRY_VIEWER'];
  return isSecretariat(v) ? ['SECRETARIAT', ...ministryRoles] : ministryRoles;
}

/** Whether the viewer may grant or revoke a role in a ministry ("" for the secretariat's). */
export function mayChange(v: Viewer, ministryCode: string): boolean {
  return isSecretariat(v) || (ministryCode !== '' && v.staffMinistries.some((m) => m.code === ministryCode));
}

type RoleLike = { role: string; ministry?: { code: string; name: { ja: string; en?: string | null } } | null };

/** A role as people read it: 総務省 · 編集者, or 事務局 (すべての府省庁). */
export function roleLabel(r: RoleLike, lang: Lang, t: Translate): string {
  const role = t(`role.${r.role as Role}`);
  return r.ministry ? `${inLang(lang, r.ministry.name)} · ${role}` : `${role}(${t('account.allMinistries')})`;
}
