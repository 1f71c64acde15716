// The applications of an event: its seats (kept live through eventSeatsChanged), a status filter
// and a search, one page of applications at a time (keyset paging: the next page by the API's
// endCursor, the previous ones by the cursors kept in the address), the CSV download and, for those
// who may check in, the way to the door. Personal data shows only when the API answers it: a role
// that may not read it gets the rest of each application, and the columns are left out.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, hasErrorAt, request, requestPartial } from '../api';
import {
  type ApplicationStatus,
  CanCheckInDocument,
  type EventApplicationsQuery,
  EventApplicationsDocument,
} from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { ErrorSummary, TextField } from '../ui/form';
import { Page } from '../ui/page';
import { Seats, type SeatCounts, useLiveSeats } from './seats';

type EventData = NonNullable<EventApplicationsQuery['event']>;
type Application = NonNullable<EventData['applications']>['edges'][number]['node'];

const statuses: ApplicationStatus[] = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'];

/** What the address asks for: the filter and the page (after, and the cursors of the pages before). */
type Want = { status?: ApplicationStatus; search: string; after?: string; prev: string[] };

function wantOf(q: URLSearchParams): Want {
  const s = q.get('status');
  return {
    status: statuses.includes(s as ApplicationStatus) ? (s as ApplicationStatus) : undefined,
    search: q.get('q') ?? '',
    after: q.get('after') || undefined,
    prev: q.getAll('prev'),
  };
}

function addressOf(eventId: string, w: Want): string {
  const q = new URLSearchParams();
  if (w.status) q.set('status', w.status);
  if (w.search) q.set('q', w.search);
  if (w.after) q.set('after', w.after);
  for (const p of w.prev) q.append('prev', p);
  const s = q.toString();
  return paths.applications(eventId) + (s ? `?${s}` : '');
}

type Loaded = { event: EventData; errors: ApiError[] };

export function Applications(props: { eventId: string; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const want = wantOf(props.query);
  const key = addressOf(props.eventId, want);
  const [loaded, setLoaded] = useState<Loaded | 'loading' | 'notFound' | ApiError[]>('loading');
  const [canCheckIn, setCanCheckIn] = useState(false);
  const seats = useLiveSeats(props.eventId, loaded !== 'loading' && typeof loaded === 'object' && 'event' in loaded ? loaded.event : null);
  // When the seats change (a sign-up, a cancellation, a check-in, on any device), the page is read
  // again, so that new applications appear without a reload.
  const [refresh, setRefresh] = useState(0);
  const seen = useRef('');
  useEffect(() => {
    if (!seats) return;
    const now = `${seats.seatsRemaining}/${seats.waitlistLength}/${seats.checkedInCount}`;
    if (seen.current && seen.current !== now) setRefresh((n) => n + 1);
    seen.current = now;
  }, [seats]);

  useEffect(() => {
    let live = true;
    requestPartial(EventApplicationsDocument, {
      id: props.eventId,
      status: want.status ?? null,
      search: want.search || null,
      after: want.after ?? null,
    }).then(
      ({ data, errors }) => {
        if (!live) return;
        const event = data.event;
        // No event, or a role that reads no applications (a viewer): the same screen as for an
        // address that is not there, with nothing of the event.
        const refused = !event?.applications && !errors.some((e) => e.field === 'search');
        setLoaded(!event || refused ? 'notFound' : { event, errors });
        if (event && !refused) {
          request(CanCheckInDocument, { ministryCode: event.host.code }).then(
            (d) => live && setCanCheckIn(d.viewer.canCheckIn),
            () => {},
          );
        }
      },
      (err) => live && setLoaded(apiErrors(err)),
    );
    return () => {
      live = false;
    };
  }, [key, refresh]);

  if (loaded === 'loading') return <p class="loading" role="status">{t('app.loading')}</p>;
  if (loaded === 'notFound') return <NotFound />;
  if (Array.isArray(loaded)) {
    return (
      <Page title={t('applications.list')} error>
        <ErrorSummary errors={loaded.map((e) => ({ message: errorMessage(e, t) }))} />
      </Page>
    );
  }
  const { event, errors } = loaded;
  const title = (lang === 'en' && event.title.en) || event.title.ja;
  const searchRefused = errors.some((e) => e.code === 'FORBIDDEN' && e.field === 'search');
  const searchError = searchRefused ? t('applications.searchReferenceOnly') : undefined;
  return (
    <Page title={t('applications.title', { title })} error={searchRefused}>
      <ErrorSummary errors={searchError ? [{ field: 'search', message: searchError }] : []} />
      <Seats seats={seats ?? (event as SeatCounts)} />
      {canCheckIn && (
        <p>
          <Link href={paths.door(event.id)} class="button button-primary">
            {t('applications.door')}
          </Link>
        </p>
      )}
      <Filter eventId={event.id} want={want} searchError={searchError} />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('applications.list')}</h2>
        {event.applications && <List eventId={event.id} want={want} page={event.applications} errors={errors} />}
        <p>
          <a href={csvPath(event.id, want.status)} download>
            {t('applications.csv')}
          </a>
          <span class="field-hint"> {t('applications.csvHint')}</span>
        </p>
      </section>
    </Page>
  );
}

/** The export of the applications, with the status filter of the screen (the export has no search). */
function csvPath(eventId: string, status?: ApplicationStatus): string {
  const path = `/admin/export/events/${encodeURIComponent(eventId)}/applications.csv`;
  return status ? `${path}?status=${status}` : path;
}

function Filter(props: { eventId: string; want: Want; searchError?: string }) {
  const { t } = useLang();
  const [status, setStatus] = useState(props.want.status ?? '');
  const [search, setSearch] = useState(props.want.search);
  const submit = (e: Event) => {
    e.preventDefault();
    // A new filter starts again at the first page.
    navigate(addressOf(props.eventId, { status: (status || undefined) as ApplicationStatus | undefined, search: search.trim(), prev: [] }));
  };
  return (
    <form class="filter" role="search" aria-labelledby="filter-heading" onSubmit={submit} noValidate>
      <h2 id="filter-heading">{t('applications.filter')}</h2>
      <div class="field">
        <label class="field-label" for="status">
          {t('applications.status')}
        </label>
        <select id="status" class="input select" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          <option value="">{t('applications.statusAll')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="search" label={t('applications.search')} type="text" value={search} onInput={setSearch}
        hint={t('applications.searchHint')} error={props.searchError} />
      <button type="submit" class="button button-secondary">
        {t('applications.submit')}
      </button>
    </form>
  );
}

function List(props: { eventId: string; want: Want; page: NonNullable<EventData['applications']>; errors: ApiError[] }) {
  const { t } = useLang();
  const { page, want } = props;
  // The API answers the personal fields as null with FORBIDDEN to a role that may not read them.
  const personal = !hasErrorAt(props.errors, 'attendeeName');
  const rows = page.edges.map((e) => e.node);
  return (
    <>
      <p>{t('applications.total', { count: page.totalCount })}</p>
      {!personal && <p class="field-hint">{t('applications.noPersonal')}</p>}
      {rows.length === 0 ? (
        <p>{t('applications.none')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t('applications.tableRegion')} tabIndex={0}>
          <table class="table">
            <caption class="visually-hidden">{t('applications.caption', { count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.reference')}</th>
                {personal && <th scope="col">{t('applications.name')}</th>}
                <th scope="col">{t('applications.status')}</th>
                <th scope="col">{t('applications.attendance')}</th>
                <th scope="col">{t('applications.appliedAt')}</th>
                <th scope="col">{t('applications.checkedInAt')}</th>
                {personal && <th scope="col">{t('applications.email')}</th>}
                {personal && <th scope="col">{t('applications.organization')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <Row key={a.id} a={a} personal={personal} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Paging eventId={props.eventId} want={want} next={page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null} />
    </>
  );
}

function Row(props: { a: Application; personal: boolean }) {
  const { t, lang } = useLang();
  const a = props.a;
  return (
    <tr>
      <th scope="row" class="reference">
        {a.reference}
      </th>
      {props.personal && <td>{a.attendeeName}</td>}
      <td>
        {a.status === 'WAITLISTED' && a.waitlistPosition
          ? t('applications.waitlistPosition', { position: a.waitlistPosition })
          : t(`status.${a.status}`)}
      </td>
      <td>{t(`attendance.${a.attendance}`)}</td>
      <td>{formatTime(lang, a.createdAt)}</td>
      <td>{a.checkedInAt ? formatTime(lang, a.checkedInAt) : '—'}</td>
      {props.personal && <td>{a.attendeeEmail}</td>}
      {props.personal && <td>{a.organization}</td>}
    </tr>
  );
}

function Paging(props: { eventId: string; want: Want; next: string | null }) {
  const { t } = useLang();
  const { want } = props;
  const hasPrev = want.prev.length > 0;
  if (!hasPrev && !props.next) return null;
  const prev = { ...want, after: want.prev[want.prev.length - 1] || undefined, prev: want.prev.slice(0, -1) };
  const next = { ...want, after: props.next ?? undefined, prev: [...want.prev, want.after ?? ''] };
  return (
    <nav class="paging" aria-label={t('applications.pages')}>
      {hasPrev && <Link href={addressOf(props.eventId, prev)}>{t('applications.previous')}</Link>}
      {props.next && <Link href={addressOf(props.eventId, next)}>{t('applications.next')}</Link>}
    </nav>
  );
}
