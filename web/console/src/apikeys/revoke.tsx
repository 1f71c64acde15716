// The check before revoking a partner API key: what will happen (every request with the key is
// refused at once, and it cannot be undone), then the button that does it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { ApiKeyToRevokeDocument, RevokeApiKeyDocument } from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, shown } from '../ui/form';
import { Page } from '../ui/page';

type Key = { id: string; name: string; createdAt: string; lastUsedAt?: string | null; revokedAt?: string | null };

export function RevokeApiKey(props: { id: string }) {
  const { t, lang } = useLang();
  const [key, setKey] = useState<Key | null | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    request(ApiKeyToRevokeDocument, { id: props.id }).then(
      (d) => setKey(d.node && 'name' in d.node ? (d.node as Key) : null),
      (err) => setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) }))),
    );
  }, [props.id]);

  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  const title = t('revokeKey.title');
  if (key === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (key === null) return <NotFound />;
  if (!key) {
    return (
      <Page title={title} error>
        <ErrorSummary errors={errors} />
      </Page>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await request(RevokeApiKeyDocument, { id: key.id });
      setFlash('revokeKey.done');
      navigate(paths.apiKeys);
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) })));
      setBusy(false);
    }
  };
  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>{t('apiKeys.name')}</dt>
          <dd>{key.name}</dd>
        </div>
        <div>
          <dt>{t('apiKeys.createdAt')}</dt>
          <dd>{formatTime(lang, key.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('apiKeys.lastUsedAt')}</dt>
          <dd>{key.lastUsedAt ? formatTime(lang, key.lastUsedAt) : t('apiKeys.neverUsed')}</dd>
        </div>
      </dl>
      {key.revokedAt ? (
        <>
          <p>{t('revokeKey.already', { at: formatTime(lang, key.revokedAt) })}</p>
          <p>
            <Link href={paths.apiKeys}>{t('newKey.back')}</Link>
          </p>
        </>
      ) : (
        <>
          <h2>{t('revokeKey.what')}</h2>
          <ul class="list">
            <li>{t('revokeKey.refused', { name: key.name })}</li>
            <li>{t('revokeKey.noUndo')}</li>
          </ul>
          <form onSubmit={submit} class="button-group">
            <button type="submit" class="button button-warning" aria-disabled={busy ? 'true' : undefined}>
              {t('revokeKey.submit')}
            </button>
            <Link href={paths.apiKeys}>{t('confirm.back')}</Link>
          </form>
        </>
      )}
    </Page>
  );
}
