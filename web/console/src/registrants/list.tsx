// The registrants: for the secretariat, every registration of a fiscal year with the approval queue
// first (status "waiting for review" by default, oldest first); for a ministry's staff, the public
// list only (the API answers no more to them). Filters by status, kind, prefecture (the
// secretariat's: a registrant's prefecture is not public), activity and name, kept in the address;
// 50 a page (the cursors of the pages before kept in the address); the CSV of the same filter.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, request } from '../api';
import { RegistrantsDocument, type RegistrantsQuery, type ViewerQuery } from '../gql/graphql';
import { type MessageKey, useLang } from '../i18n';
import { fiscalYearOf, formatTime } from '../jst';
import { Link, navigate, paths } from '../router';
import { Select } from '../ui/controls';
import { takeFlash } from '../ui/flash';
import { ErrorSummary, type FieldError, Notice, TextField, byField } from '../ui/form';
import { Page } from '../ui/page';
import { count } from '../ui/text';
import { activities, kinds, prefectures, statuses } from './labels';

type Viewer = ViewerQuery['viewer'];

/** What the address asks for; status 'ALL' for every status (the secretariat's default is the queue). */
type Want = { fy: number; status: string; kind: string; prefecture: string; activity: string; q: string; after?: string; prev: string[] };

function oneOf(v: string | null, list: readonly string[]): string {
  return v && list.includes(v) ? v : '';
}

function wantOf(q: URLSearchParams, v: Viewer): Want {
  const fy = Number(q.get('fy'));
  const status = q.get('status');
  return {
    fy: Number.isInteger(fy) && fy >= 1989 && fy <= 2200 ? fy : fiscalYearOf(),
    // The queue is the secretariat's work: it opens on it. Others see the public list only.
    status: v.registrantsPersonal ? (status === 'ALL' ? 'ALL' : oneOf(status, statuses) || 'REGISTERED') : '',
    kind: oneOf(q.get('kind'), kinds),
    prefecture: v.registrantsPersonal ? oneOf(q.get('prefecture'), prefectures) : '',
    activity: oneOf(q.get('activity'), activities),
    q: (q.get('q') ?? '').trim().slice(0, 100),
    after: q.get('after') || undefined,
    prev: q.getAll('prev'),
  };
}

function addressOf(w: Want): string {
  const q = new URLSearchParams();
  q.set('fy', String(w.fy));
  for (const k of ['status', 'kind', 'prefecture', 'activity', 'q'] as const) if (w[k]) q.set(k, w[k]);
  if (w.after) q.set('after', w.after);
  for (const p of w.prev) q.append('prev', p);
  return `${paths.registrants}?${q}`;
}

/** The API's filter of what the address asks for. */
function filterOf(w: Want) {
  return {
    fiscalYear: w.fy,
    status: w.status && w.status !== 'ALL' ? (w.status as never) : null,
    kind: (w.kind || null) as never,
    prefecture: (w.prefecture || null) as never,
    activity: (w.activity || null) as never,
    search: w.q || null,
  };
}

/** The export of the same filter. */
function csvPath(w: Want): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filterOf(w))) if (v !== null) q.set(k, String(v));
  return `/admin/export/registrants.csv?${q}`;
}

export function RegistrantList(props: { viewer: Viewer; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const v = props.viewer;
  const want = wantOf(props.query, v);
  const key = addressOf(want);
  const [flash] = useState(() => takeFlash());
  const [data, setData] = useState<RegistrantsQuery | ApiError[] | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    request(RegistrantsDocument, { filter: filterOf(want), after: want.after ?? null, full: v.registrantsPersonal }).then(
      (d) => live && setData(d),
      (err) => live && setData(apiErrors(err)),
    );
    return () => {
      live = false;
    };
  }, [key]);
  const errors: FieldError[] = useMemo(
    () =>
      (Array.isArray(data) ? data : []).map((e) =>
        e.field === 'filter.search' ? { field: 'q', message: t('registrants.searchInvalid') } : { message: errorMessage(e, t) },
      ),
    [data, lang],
  );
  const list = data && !Array.isArray(data) ? data : null;
  return (
    <Page title={t('registrants.title')} error={errors.length > 0}>
      {flash && <Notice message={t(flash)} focus />}
      <ErrorSummary errors={errors} />
      <p>{v.registrantsPersonal ? t('registrants.introQueue') : t('registrants.introPublic')}</p>
      <Filter viewer={v} want={want} years={list?.campaigns ?? []} errors={byField(errors)} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('registrants.results')}</h2>
        {data === null && <p class="loading" role="status">{t('app.loading')}</p>}
        {list && (
          <>
            <p role="status">{t('registrants.total', { count: count(lang, list.registrants.totalCount) })}</p>
            <Rows viewer={v} rows={list.registrants.edges.map((e) => e.node)} />
            <Paging want={want} next={list.registrants.pageInfo.hasNextPage ? (list.registrants.pageInfo.endCursor ?? null) : null} />
            <p>
              <a href={csvPath(want)} download>
                {t('registrants.csv')}
              </a>
              <span class="field-hint"> {t('registrants.csvHint')}</span>
            </p>
          </>
        )}
      </section>
    </Page>
  );
}

function Filter(props: { viewer: Viewer; want: Want; years: { fiscalYear: number; eraName: string }[]; errors: Record<string, string> }) {
  const { t } = useLang();
  const [f, setF] = useState(props.want);
  useEffect(() => setF(props.want), [addressOf(props.want)]);
  const set = (k: keyof Want) => (v: string) => setF({ ...f, [k]: k === 'fy' ? Number(v) : v });
  const years = props.years.length > 0 ? props.years : [{ fiscalYear: f.fy, eraName: String(f.fy) }];
  const labelled = (list: readonly string[], prefix: string) => list.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(addressOf({ ...f, q: f.q.trim(), after: undefined, prev: [] }));
  };
  return (
    <form class="filter" role="search" aria-labelledby="filter-heading" onSubmit={submit} noValidate>
      <h2 id="filter-heading">{t('registrants.filter')}</h2>
      <div class="filters-grid">
        <Select id="fy" label={t('registrants.fiscalYear')} value={String(f.fy)} onChange={set('fy')}
          options={years.map((y) => ({ value: String(y.fiscalYear), label: t('registrants.fiscalYearOption', { era: y.eraName, year: y.fiscalYear }) }))} />
        {props.viewer.registrantsPersonal && (
          <Select id="status" label={t('registrants.status')} value={f.status} onChange={set('status')}
            options={[...labelled(statuses, 'registrantStatus'), { value: 'ALL', label: t('registrants.allStatuses') }]} />
        )}
        <Select id="kind" label={t('registrants.kind')} value={f.kind} onChange={set('kind')} placeholder={t('registrants.allKinds')}
          options={labelled(kinds, 'registrantKind')} />
        {props.viewer.registrantsPersonal && (
          <Select id="prefecture" label={t('registrants.prefecture')} value={f.prefecture} onChange={set('prefecture')}
            placeholder={t('registrants.allPrefectures')} options={labelled(prefectures, 'prefecture')} />
        )}
        <Select id="activity" label={t('registrants.activity')} value={f.activity} onChange={set('activity')}
          placeholder={t('registrants.allActivities')} options={labelled(activities, 'activity')} />
        <TextField id="q" label={t('registrants.search')} type="text" value={f.q} onInput={set('q')} error={props.errors.q} maxLength={100} />
      </div>
      <button type="submit" class="button button-secondary">
        {t('registrants.submit')}
      </button>
    </form>
  );
}

type Row = RegistrantsQuery['registrants']['edges'][number]['node'];

function Rows(props: { viewer: Viewer; rows: Row[] }) {
  const { t, lang } = useLang();
  if (props.rows.length === 0) return <p>{t('registrants.none')}</p>;
  const full = props.viewer.registrantsPersonal;
  return (
    <div class="table-scroll" role="region" aria-label={t('registrants.tableRegion')} tabIndex={0}>
      <table class="table">
        <caption class="visually-hidden">{t('registrants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registrants.name')}</th>
            <th scope="col">{t('registrants.registeredAt')}</th>
            <th scope="col">{t('registrants.kind')}</th>
            {full && <th scope="col">{t('registrants.prefecture')}</th>}
            <th scope="col">{t('registrants.activity')}</th>
            <th scope="col">{t('registrants.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={paths.registrant(r.id)}>{r.name ?? t('registrants.noName')}</Link>
              </th>
              <td class="nowrap">{formatTime(lang, r.registeredAt)}</td>
              <td>{t(`registrantKind.${r.kind}`)}</td>
              {full && <td>{r.prefecture ? t(`prefecture.${r.prefecture}`) : '—'}</td>}
              <td>{r.activities.map((a) => t(`activity.${a}`)).join('、')}</td>
              <td>{t(`registrantStatus.${r.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Paging(props: { want: Want; next: string | null }) {
  const { t } = useLang();
  const { want } = props;
  const hasPrev = want.prev.length > 0;
  if (!hasPrev && !props.next) return null;
  const prev = { ...want, after: want.prev[want.prev.length - 1] || undefined, prev: want.prev.slice(0, -1) };
  const next = { ...want, after: props.next ?? undefined, prev: [...want.prev, want.after ?? ''] };
  return (
    <nav class="paging" aria-label={t('registrants.pages')}>
      {hasPrev && <Link href={addressOf(prev)}>{t('applications.previous')}</Link>}
      {props.next && <Link href={addressOf(next)}>{t('applications.next')}</Link>}
    </nav>
  );
}
