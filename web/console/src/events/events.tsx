// The event list: the events of a fiscal year that a ministry hosts or co-hosts (every ministry's
// for the secretariat), filtered by status, start date and words, a page at a time; counts of
// seats and waitlist, never an applicant's data. Filters and page live in the address (filters.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request, type ApiError } from '../api';
import { EventListDocument, type EventListQuery, type ViewerQuery } from '../gql/graphql';
import { useLang, type Lang, type Translate } from '../i18n';
import { formatRange } from '../jst';
import { Link, eventPath, navigate, paths } from '../router';
import { Select, type Option } from '../ui/controls';
import { TextField } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { eventFilter, eventStatuses, listPath, readFilters, type Filters } from './filters';

type Viewer = ViewerQuery['viewer'];
type Ministry = Viewer['eventReadMinistries'][number];
type Row = EventListQuery['events']['edges'][number]['node'];

const pageSize = 20;

/** The ministries whose events the viewer may list, and whether every ministry's at once. */
function listable(v: Viewer): { ministries: Ministry[]; any: boolean } {
  const seen = new Map<string, Ministry>();
  for (const m of [...v.eventReadMinistries, ...v.eventCreateMinistries]) if (!seen.has(m.code)) seen.set(m.code, m);
  return { ministries: [...seen.values()], any: v.roles.some((r) => r.ministry === null) };
}

export function Events(props: { viewer: Viewer; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const { ministries, any } = listable(props.viewer);
  const filters = readFilters(props.query, ministries.map((m) => m.code), any);
  const key = listPath(filters);
  // The answer and the address it answers: while the next one loads, the table does not show the
  // last one under the new address's page and filters.
  const [loaded, setLoaded] = useState<{ key: string; data: EventListQuery } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    setError(null);
    request(EventListDocument, { filter: eventFilter(filters), first: pageSize, after: filters.after.at(-1) ?? null })
      .then((d) => {
        if (!live) return;
        setLoaded({ key, data: d });
        // After a change of filters or page, the focus goes to the results it brought.
        if (moved.current) results.current?.focus();
        moved.current = true;
      })
      .catch((err) => live && setError(apiErrors(err)[0]));
    return () => {
      live = false;
    };
  }, [key]);

  const data = loaded?.key === key ? loaded.data : null;
  const choices = loaded?.data; // the years and ministries to choose from: the last answer's will do
  const campaign = data?.campaigns.find((c) => c.fiscalYear === filters.fy);
  return (
    <Page title={t('events.title')} error={error !== null}>
      {props.viewer.eventCreateMinistries.length > 0 && (
        <p>
          <Link href={paths.newEvent} class="button button-primary">
            {t('events.create')}
          </Link>
        </p>
      )}
      <FilterForm filters={filters} ministries={any ? (choices?.ministries ?? ministries) : ministries} any={any}
        campaigns={choices?.campaigns ?? []} />
      <h2 id="results" tabIndex={-1} ref={results}>
        {t('events.results')}
      </h2>
      {error && <p class="error-text" role="alert">{errorMessage(error, t)}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && !campaign && <p>{t('events.noCampaign', { year: filters.fy })}</p>}
      {data && campaign && (
        <>
          <EventTable rows={data.events.edges.map((e) => e.node)} lang={lang} t={t} ministry={filters.ministry}
            caption={t('events.caption', { era: campaign.eraName, year: campaign.fiscalYear })} />
          <Pager filters={filters} total={data.events.totalCount} shown={data.events.edges.length}
            next={data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null} lang={lang} t={t} />
        </>
      )}
    </Page>
  );
}

function FilterForm(props: { filters: Filters; ministries: Ministry[]; any: boolean; campaigns: EventListQuery['campaigns'] }) {
  const { t, lang } = useLang();
  const [draft, setDraft] = useState(props.filters);
  // Open on a wide screen, or when a filter is set; on a phone the list comes first.
  const f = props.filters;
  const [open] = useState(() => !!(f.status || f.from || f.to || f.q || (props.any && f.ministry)) || matchMedia('(min-width: 48rem)').matches);
  useEffect(() => setDraft(props.filters), [listPath(props.filters)]);
  const set = (patch: Partial<Filters>) => setDraft({ ...draft, ...patch });

  const years: Option[] = props.campaigns.map((c) => ({
    value: String(c.fiscalYear),
    label: t('events.fiscalYearOption', { era: c.eraName, year: c.fiscalYear }),
  }));
  if (!years.some((y) => y.value === String(draft.fy))) years.unshift({ value: String(draft.fy), label: String(draft.fy) });
  const ministryOptions = props.ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }));
  const only = !props.any && props.ministries.length === 1 ? props.ministries[0] : null;

  const submit = (e: Event) => {
    e.preventDefault();
    navigate(listPath({ ...draft, q: draft.q.trim(), after: [] }));
  };
  const clear: Filters = { ...props.filters, ministry: props.any ? '' : props.filters.ministry, status: '', from: '', to: '', q: '', after: [] };
  return (
    <details class="filters" open={open}>
      <summary class="filters-summary">
        <h2 id="filters-title" class="filters-title">
          {t('events.filters')}
        </h2>
      </summary>
      <form onSubmit={submit} role="search" aria-labelledby="filters-title">
      {only && <p>{t('events.ministryFixed', { ministry: inLang(lang, only.name) })}</p>}
      <div class="filters-grid">
        <Select id="fy" label={t('events.fiscalYear')} value={String(draft.fy)} options={years} onChange={(v) => set({ fy: Number(v) })} />
        {!only && (
          <Select id="ministry" label={t('events.ministry')} value={draft.ministry} options={ministryOptions}
            placeholder={props.any ? t('events.allMinistries') : undefined} onChange={(v) => set({ ministry: v })} />
        )}
        <Select id="status" label={t('events.status')} value={draft.status} placeholder={t('events.anyStatus')}
          options={eventStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={(v) => set({ status: v as Filters['status'] })} />
        <TextField id="from" type="date" label={t('events.startsFrom')} value={draft.from} onInput={(v) => set({ from: v })} />
        <TextField id="to" type="date" label={t('events.startsTo')} value={draft.to} onInput={(v) => set({ to: v })} />
        <TextField id="q" type="text" label={t('events.search')} value={draft.q} onInput={(v) => set({ q: v })} maxLength={100} />
      </div>
      <div class="button-group">
        <button type="submit" class="button button-secondary">
          {t('events.apply')}
        </button>
        <Link href={listPath(clear)}>{t('events.clear')}</Link>
      </div>
      </form>
    </details>
  );
}

function EventTable(props: { rows: Row[]; lang: Lang; t: Translate; ministry: string; caption: string }) {
  const { t, lang } = props;
  if (props.rows.length === 0) return <p>{t('events.none')}</p>;
  return (
    <div class="table-scroll" role="region" aria-labelledby="events-caption" tabIndex={0}>
      <table class="table">
        <caption id="events-caption" class="table-caption">
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('events.colTitle')}</th>
            <th scope="col">{t('events.colHost')}</th>
            <th scope="col">{t('events.colDates')}</th>
            <th scope="col">{t('events.colStatus')}</th>
            <th scope="col" class="num">{t('events.colCapacity')}</th>
            <th scope="col" class="num">{t('events.colSeatsTaken')}</th>
            <th scope="col" class="num">{t('events.colWaitlist')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link href={eventPath(e.id)}>{inLang(lang, e.title)}</Link>
              </th>
              <td class="col-host">
                {inLang(lang, e.host.name)}
                {props.ministry && e.host.code !== props.ministry && <span class="tag tag-cohost">{t('events.coHost')}</span>}
              </td>
              <td class="nowrap-md">
                {formatRange(lang, e.startsAt, e.endsAt)}
                {e.tentative && t('time.tentative')}
              </td>
              <td>
                <span class={`tag tag-${e.status.toLowerCase()}`}>{t(`status.${e.status}`)}</span>
              </td>
              <td class="num">{e.capacity !== null ? count(lang, e.capacity) : e.venue ? t('events.noLimit') : t('events.online')}</td>
              <td class="num">{count(lang, e.seatsTaken)}</td>
              <td class="num">{count(lang, e.waitlistLength)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pager(props: { filters: Filters; total: number; shown: number; next: string | null; lang: Lang; t: Translate }) {
  const { t, lang, filters } = props;
  const depth = filters.after.length;
  if (props.shown === 0) return null;
  const from = depth * pageSize + 1;
  return (
    <nav class="pager" aria-label={t('events.pages')}>
      <p class="pager-count">
        {t('events.count', { total: count(lang, props.total), from: count(lang, from), to: count(lang, from + props.shown - 1) })}
      </p>
      <ul class="pager-list">
        {depth > 0 && (
          <li>
            <Link href={listPath({ ...filters, after: filters.after.slice(0, -1) })}>{t('events.prev')}</Link>
          </li>
        )}
        {props.next && (
          <li>
            <Link href={listPath({ ...filters, after: [...filters.after, props.next] })}>{t('events.next')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
