// The frame around every screen: the skip link, the header with the console's name, the language
// switch and sign-out, the main navigation (only the entries the viewer may use), and the main
// landmark that the skip link leads to.
import type { ComponentChildren } from 'preact';
import type { ViewerQuery } from '../gql/graphql';
import { setLang, useLang, type MessageKey } from '../i18n';
import { Link, paths } from '../router';

type Viewer = ViewerQuery['viewer'];

/** An entry of the main navigation, shown when `allowed` says the viewer may use its screen
 * (decided from what the server answers, e.g. viewer.can; the server checks every request again). */
type NavEntry = { href: string; label: MessageKey; allowed: (v: Viewer) => boolean };

const navigation: NavEntry[] = [
  { href: paths.dashboard, label: 'nav.dashboard', allowed: mayUseDashboard },
  { href: paths.events, label: 'nav.events', allowed: mayUseEvents },
  { href: paths.awards, label: 'nav.awards', allowed: mayUseAwards },
  { href: paths.registrants, label: 'nav.registrants', allowed: (v) => v.kind === 'staff' },
  { href: paths.staff, label: 'nav.staff', allowed: mayUseStaff },
  { href: paths.apiKeys, label: 'nav.apiKeys', allowed: mayReadApiKeys },
  { href: paths.auditLog, label: 'nav.auditLog', allowed: mayReadAuditLog },
  { href: paths.account, label: 'nav.account', allowed: (v) => v.kind === 'staff' },
];

/** Whether the viewer has a dashboard: staff who read some ministry's events, and the secretariat. */
export function mayUseDashboard(v: Viewer): boolean {
  return v.eventReadMinistries.length > 0 || v.registrantsPersonal;
}

/** Whether the viewer may edit the award programs of some ministry (admins, editors, the
 * secretariat): the award screens are for them. */
export function mayUseAwards(v: Viewer): boolean {
  return v.awardMinistries.length > 0;
}

/** Whether the viewer may read the partner API keys (the secretariat): the keys screens are for them. */
export function mayReadApiKeys(v: Viewer): boolean {
  return v.apiKeysRead;
}

/** Whether the viewer may read the audit log of some ministry (admins, the secretariat). */
export function mayReadAuditLog(v: Viewer): boolean {
  return v.auditLogMinistries.length > 0;
}

/** Whether the viewer may read or create events in some ministry: the events screens are for them. */
export function mayUseEvents(v: Viewer): boolean {
  return v.eventReadMinistries.length > 0 || v.eventCreateMinistries.length > 0;
}

/** Whether the viewer administers the staff of some ministry (the secretariat: of all). */
export function mayUseStaff(v: Viewer): boolean {
  return v.staffMinistries.length > 0;
}

export function Layout(props: { viewer: Viewer | null; path: string; onSignOut: () => void; children: ComponentChildren }) {
  const { t, lang } = useLang();
  const v = props.viewer;
  // Until a required two-step set-up is done, no screen but its own answers: no navigation.
  const entries = v && !v.twoStep?.setupRequired ? navigation.filter((n) => n.allowed(v)) : [];
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header class="header">
        <div class="header-inner">
          <p class="site-name">
            {v ? <Link href={paths.home}>{t('app.name')}</Link> : t('app.name')}
          </p>
          <div class="header-tools">
            {v && (
              <p class="signed-in-as">
                <span class="visually-hidden">{t('app.signedInAs')} </span>
                {v.displayName}
              </p>
            )}
            <button type="button" class="button button-text" lang={lang === 'ja' ? 'en' : 'ja'}
              onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
              {t('lang.switchTo')}
            </button>
            {v && (
              <button type="button" class="button button-secondary" onClick={props.onSignOut}>
                {t('signOut.submit')}
              </button>
            )}
          </div>
        </div>
        {entries.length > 0 && (
          <nav class="nav" aria-label={t('app.mainNav')}>
            <ul class="nav-list">
              {entries.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} class="nav-link" aria-current={props.path.startsWith(n.href) ? 'page' : undefined}>
                    {t(n.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" class="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
