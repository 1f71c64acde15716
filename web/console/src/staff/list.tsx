// The staff list: the people holding a role in the ministries the viewer administers (everyone, for
// the secretariat), with their roles, searchable by name or email, a page at a time; links to grant
// a role, to revoke one (each after a check), to invite a person; and "why can't this person do
// this?" answered below (explain.tsx).
import { useEffect, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request, type ApiError } from '../api';
import { StaffListDocument, type StaffListQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { Link, navigate, paths, withQuery } from '../router';
import { Select } from '../ui/controls';
import { takeFlash } from '../ui/flash';
import { Notice, TextField } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { Explain } from './explain';
import { isSecretariat, mayChange, roleLabel, type Viewer } from './roles';

const pageSize = 20;

type Filters = { q: string; ministry: string; after: string[] };

function readFilters(query: URLSearchParams): Filters {
  return { q: query.get('q') ?? '', ministry: query.get('ministry') ?? '', after: query.getAll('after') };
}

function listPath(f: Filters): string {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.ministry) q.set('ministry', f.ministry);
  for (const a of f.after) q.append('after', a);
  const s = q.toString();
  return s ? `${paths.staff}?${s}` : paths.staff;
}

export function StaffList(props: { viewer: Viewer; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const v = props.viewer;
  const filters = readFilters(props.query);
  const key = listPath(filters);
  const [flash] = useState(() => takeFlash());
  const [loaded, setLoaded] = useState<{ key: string; data: StaffListQuery } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState(filters);

  useEffect(() => {
    let live = true;
    setError(null);
    setDraft(filters);
    request(StaffListDocument, { ministryCode: filters.ministry || null, search: filters.q || null, first: pageSize, after: filters.after.at(-1) ?? null })
      .then((d) => live && setLoaded({ key, data: d }))
      .catch((err) => live && setError(apiErrors(err)[0]));
    return () => {
      live = false;
    };
  }, [key]);

  const data = loaded?.key === key ? loaded.data : null;
  const ministries = v.staffMinistries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }));
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(listPath({ ...draft, q: draft.q.trim(), after: [] }));
  };
  return (
    <Page title={t('staff.title')} error={error !== null}>
      {flash && <Notice message={t(flash)} focus />}
      <p>{t('staff.intro')}</p>
      <p>
        <Link href={paths.invite} class="button button-primary">
          {t('staff.invite')}
        </Link>
      </p>
      <form class="filters" onSubmit={submit} aria-labelledby="staff-filters">
        <h2 id="staff-filters" class="filters-title">
          {t('staff.search')}
        </h2>
        <div class="filters-grid">
          <TextField id="q" label={t('staff.searchLabel')} type="text" value={draft.q} onInput={(q) => setDraft({ ...draft, q })} maxLength={254} />
          {(isSecretariat(v) || ministries.length > 1) && (
            <Select id="ministry" label={t('staff.ministry')} value={draft.ministry} options={ministries}
              placeholder={isSecretariat(v) ? t('staff.everyone') : t('staff.allMine')} onChange={(ministry) => setDraft({ ...draft, ministry })} />
          )}
        </div>
        <div class="button-group">
          <button class="button button-secondary" type="submit">
            {t('staff.searchSubmit')}
          </button>
        </div>
      </form>
      <h2 id="results">{t('staff.results')}</h2>
      {error && <p class="error-text" role="alert">{errorMessage(error, t)}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <p role="status">{t('staff.count', { count: count(lang, data.staff.totalCount) })}</p>
          {data.staff.edges.length > 0 && (
            <div class="table-scroll">
              <table class="table">
                <caption class="visually-hidden">{t('staff.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staff.name')}</th>
                    <th scope="col">{t('staff.email')}</th>
                    <th scope="col">{t('staff.status')}</th>
                    <th scope="col">{t('staff.roles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.staff.edges.map(({ node: p }) => (
                    <tr key={p.email}>
                      <th scope="row">{p.displayName}</th>
                      <td>{p.email}</td>
                      <td>{t(`staffStatus.${p.status}`)}</td>
                      <td>
                        <ul class="role-list">
                          {p.roles.map((r) => {
                            const code = r.ministry?.code ?? '';
                            return (
                              <li key={`${r.role}-${code}`}>
                                {roleLabel(r, lang, t)}{' '}
                                {mayChange(v, code) && (
                                  <Link href={withQuery(paths.revoke, { email: p.email, role: r.role, ministry: code })} class="link-small">
                                    {t('staff.revoke')}
                                    <span class="visually-hidden">{t('staff.revokeOf', { name: p.displayName, role: roleLabel(r, lang, t) })}</span>
                                  </Link>
                                )}
                              </li>
                            );
                          })}
                          {p.roles.length === 0 && <li>{t('staff.noRoles')}</li>}
                        </ul>
                        <Link href={withQuery(paths.grant, { email: p.email })} class="link-small">
                          {t('staff.grant')}
                          <span class="visually-hidden">{t('staff.grantTo', { name: p.displayName })}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav class="pager" aria-label={t('staff.pages')}>
            {filters.after.length > 0 && <Link href={listPath({ ...filters, after: filters.after.slice(0, -1) })}>{t('events.prev')}</Link>}
            {data.staff.pageInfo.hasNextPage && data.staff.pageInfo.endCursor && (
              <Link href={listPath({ ...filters, after: [...filters.after, data.staff.pageInfo.endCursor] })}>{t('events.next')}</Link>
            )}
          </nav>
        </>
      )}
      <Explain viewer={v} />
    </Page>
  );
}
