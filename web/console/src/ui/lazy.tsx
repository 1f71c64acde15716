// Screens loaded on demand: their code comes from the server the first time one is shown (a chunk
// of the bundle), so that the console's first load holds only what most people use.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../i18n';
import { Page } from './page';

/** A screen whose component load() imports when the screen is first shown; "loading" until then,
 * and the network error if its code cannot be fetched (a reload tries again). */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function Lazy(props: P) {
    const { t } = useLang();
    const [screen, setScreen] = useState<{ c: FunctionComponent<P> } | 'failed' | null>(loaded && { c: loaded });
    useEffect(() => {
      if (screen) return;
      load().then(
        (c) => {
          loaded = c;
          setScreen({ c });
        },
        () => setScreen('failed'),
      );
    }, []);
    if (screen === 'failed') {
      return (
        <Page title={t('errors.network')} error>
          <p>{t('app.reload')}</p>
        </Page>
      );
    }
    if (!screen) return <p class="loading" role="status">{t('app.loading')}</p>;
    const C = screen.c;
    return <C {...props} />;
  };
}
