// The screen for an address that is not there or not for this person: the same for both, and it
// shows nothing of what was asked for.
import { useLang } from '../i18n';
import { Link, paths } from '../router';
import { Page } from '../ui/page';

export function NotFound() {
  const { t } = useLang();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={paths.home}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
