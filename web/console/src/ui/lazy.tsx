// Screens whose code loads on demand (import()), in a chunk of its own the first time one is shown,
// so that the first load carries only what most people use. The strings stay in the catalogue.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../i18n';

/** A component that loads its code when first shown, saying so meanwhile (and if it fails). */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function Lazy(props: P) {
    const { t } = useLang();
    const [C, setC] = useState<FunctionComponent<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (C) return;
      load().then(
        (c) => {
          loaded = c;
          setC(() => c);
        },
        () => setFailed(true),
      );
    }, []);
    if (failed) return <p class="error-text" role="alert">{t('errors.network')}</p>;
    if (!C) return <p class="loading" role="status">{t('app.loading')}</p>;
    return <C {...props} />;
  };
}
