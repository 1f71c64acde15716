// The screen for a screen that the person's role may not use (the API keys for anyone but the
// secretariat, the audit log for editors and viewers): it says so, and which roles may, rather than
// pretend the address is not there. It shows nothing of what the screen holds.
import { useLang } from '../i18n';
import { Link, paths } from '../router';
import { Page } from '../ui/page';

export function NotAllowed() {
  const { t } = useLang();
  return (
    <Page title={t('notAllowed.title')}>
      <p>{t('notAllowed.body')}</p>
      <p>
        <Link href={paths.home}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
