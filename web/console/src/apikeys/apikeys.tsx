// The partner API keys (the secretariat): newest first, revoked ones included, each with when it was
// made and last used and its rate limits (its own, or the server's defaults); the way to make a key
// and, for each live key, to the check before revoking it. The key itself is never shown here: only
// once, when it is made (newkey.tsx).
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, request } from '../api';
import { ApiKeysDocument, type ApiKeysQuery } from '../gql/graphql';
import { type Translate, useLang } from '../i18n';
import { formatTime } from '../jst';
import { Link, paths } from '../router';
import { takeFlash } from '../ui/flash';
import { ErrorSummary, Notice } from '../ui/form';
import { Page } from '../ui/page';
import { count } from '../ui/text';
import type { Lang } from '../i18n';

type Key = ApiKeysQuery['apiKeys']['edges'][number]['node'];

/** The page the address asks for: after, and the cursors of the pages before. */
type Want = { after?: string; prev: string[] };

function addressOf(w: Want): string {
  const q = new URLSearchParams();
  if (w.after) q.set('after', w.after);
  for (const p of w.prev) q.append('prev', p);
  const s = q.toString();
  return paths.apiKeys + (s ? `?${s}` : '');
}

export function ApiKeys(props: { query: URLSearchParams }) {
  const { t, lang } = useLang();
  const want: Want = { after: props.query.get('after') || undefined, prev: props.query.getAll('prev') };
  const [data, setData] = useState<ApiKeysQuery | ApiError[] | null>(null);
  const [flash] = useState(takeFlash);
  useEffect(() => {
    let live = true;
    request(ApiKeysDocument, { after: want.after ?? null }).then(
      (d) => live && setData(d),
      (err) => live && setData(apiErrors(err)),
    );
    return () => {
      live = false;
    };
  }, [addressOf(want)]);

  if (!data) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (Array.isArray(data)) {
    return (
      <Page title={t('apiKeys.title')} error>
        <ErrorSummary errors={data.map((e) => ({ message: errorMessage(e, t) }))} />
      </Page>
    );
  }
  const keys = data.apiKeys.edges.map((e) => e.node);
  const canRevoke = data.viewer.canRevokeApiKey;
  return (
    <Page title={t('apiKeys.title')}>
      {flash && <Notice message={t(flash)} />}
      <p>{t('apiKeys.intro')}</p>
      {data.viewer.canCreateApiKey && (
        <p>
          <Link href={paths.newApiKey} class="button button-primary">
            {t('apiKeys.create')}
          </Link>
        </p>
      )}
      <p>{t('apiKeys.total', { count: count(lang, data.apiKeys.totalCount) })}</p>
      {keys.length === 0 ? (
        <p>{t('apiKeys.none')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t('apiKeys.tableRegion')} tabIndex={0}>
          <table class="table">
            <caption class="visually-hidden">{t('apiKeys.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.status')}</th>
                <th scope="col">{t('apiKeys.createdAt')}</th>
                <th scope="col">{t('apiKeys.lastUsedAt')}</th>
                <th scope="col">{t('apiKeys.limits')}</th>
                {canRevoke && (
                  <th scope="col">
                    <span class="visually-hidden">{t('apiKeys.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <Row key={k.id} k={k} canRevoke={canRevoke} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Paging want={want} next={data.apiKeys.pageInfo.hasNextPage ? data.apiKeys.pageInfo.endCursor ?? null : null} />
    </Page>
  );
}

/** Whether a key works now: not revoked, not past its expiry. */
function isLive(k: Key): boolean {
  return !k.revokedAt && !(k.expiresAt && new Date(k.expiresAt) <= new Date());
}

/** The state of a key in words: works, revoked (when), or expired (when). */
function statusOf(k: Key, t: Translate, lang: Lang): string {
  if (k.revokedAt) return t('apiKeys.revokedAt', { at: formatTime(lang, k.revokedAt) });
  if (!isLive(k)) return t('apiKeys.expiredAt', { at: formatTime(lang, k.expiresAt!) });
  return t('apiKeys.live');
}

function Row(props: { k: Key; canRevoke: boolean }) {
  const { t, lang } = useLang();
  const k = props.k;
  const limit = (n: number, own: number | null | undefined, key: 'apiKeys.requests' | 'apiKeys.cost') =>
    `${t(key, { n: count(lang, n) })}${own == null ? t('apiKeys.default') : t('apiKeys.own')}`;
  return (
    <tr>
      <th scope="row">{k.name}</th>
      <td>{statusOf(k, t, lang)}</td>
      <td>{formatTime(lang, k.createdAt)}</td>
      <td>{k.lastUsedAt ? formatTime(lang, k.lastUsedAt) : t('apiKeys.neverUsed')}</td>
      <td>
        {limit(k.requestsPerMinute, k.ownRequestsPerMinute, 'apiKeys.requests')}
        <br />
        {limit(k.costPerMinute, k.ownCostPerMinute, 'apiKeys.cost')}
      </td>
      {props.canRevoke && (
        <td>
          {isLive(k) && (
            <Link href={paths.revokeApiKey(k.id)}>
              {t('apiKeys.revoke')}
              <span class="visually-hidden">{t('apiKeys.revokeWhich', { name: k.name })}</span>
            </Link>
          )}
        </td>
      )}
    </tr>
  );
}

function Paging(props: { want: Want; next: string | null }) {
  const { t } = useLang();
  const { want } = props;
  const hasPrev = want.prev.length > 0;
  if (!hasPrev && !props.next) return null;
  const prev = { after: want.prev[want.prev.length - 1] || undefined, prev: want.prev.slice(0, -1) };
  const next = { after: props.next ?? undefined, prev: [...want.prev, want.after ?? ''] };
  return (
    <nav class="paging" aria-label={t('apiKeys.pages')}>
      {hasPrev && <Link href={addressOf(prev)}>{t('applications.previous')}</Link>}
      {props.next && <Link href={addressOf(next)}>{t('applications.next')}</Link>}
    </nav>
  );
}
