// The door view, made for a tablet at the entrance: a big search box (name, email or reference),
// each application found as a large row with one button (check in, or undo with the time), and the
// running count, checked in / confirmed in person, kept live by the subscription so that devices at
// the door see each other's check-ins. The API counts a person once however many devices check them
// in; the screen says what the API answered. Keyboard: type, Enter searches, Tab to a row's button,
// Enter checks in.
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, request, requestPartial } from '../api';
import { useLiveSeats } from '../applications/seats';
import {
  CanCheckInDocument,
  CheckInDocument,
  type DoorEventQuery,
  DoorEventDocument,
  type DoorSearchQuery,
  DoorSearchDocument,
  UndoCheckInDocument,
} from '../gql/graphql';
import { type Lang, useLang, type Translate } from '../i18n';
import { formatTimeOfDay } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, paths } from '../router';
import { TextField } from '../ui/form';
import { Page } from '../ui/page';

type Event = NonNullable<DoorEventQuery['event']>;
type Say = (t: Translate, lang: Lang) => string;
type Found = NonNullable<NonNullable<DoorSearchQuery['event']>['applications']>['edges'][number]['node'];

export function Door(props: { eventId: string }) {
  const { t, lang } = useLang();
  const [event, setEvent] = useState<Event | 'loading' | 'notFound' | ApiError[]>('loading');
  const [found, setFound] = useState<Found[] | null>(null);
  // The last outcome, in words of the page's language (written again on a switch of language).
  const [message, setMessage] = useState<Say | null>(null);
  const say = (f: Say) => setMessage(() => f);
  const [searchError, setSearchError] = useState<string | undefined>();
  const [count, setCount] = useState<number | null>(null);
  const seats = useLiveSeats(props.eventId, typeof event === 'object' && !Array.isArray(event) ? { ...event, waitlistLength: 0 } : null);

  useEffect(() => {
    (async () => {
      try {
        const { data } = await requestPartial(DoorEventDocument, { id: props.eventId });
        const ev = data.event;
        // Only those who may check in at the host's events see the door; the same screen as for an
        // address that is not there otherwise.
        const can = ev ? (await request(CanCheckInDocument, { ministryCode: ev.host.code })).viewer.canCheckIn : false;
        setEvent(ev && can ? ev : 'notFound');
      } catch (err) {
        setEvent(apiErrors(err));
      }
    })();
  }, [props.eventId]);

  // The count from the live seats, or from a check-in's answer when that is newer.
  useEffect(() => {
    if (seats?.checkedInCount != null) setCount(seats.checkedInCount);
  }, [seats?.checkedInCount]);

  if (event === 'loading') return <p class="loading" role="status">{t('app.loading')}</p>;
  if (event === 'notFound') return <NotFound />;
  if (Array.isArray(event)) {
    return (
      <Page title={t('errors.internal')} error>
        <p>{event.map((e) => errorMessage(e, t)).join(' ')}</p>
      </Page>
    );
  }
  const title = (lang === 'en' && event.title.en) || event.title.ja;
  const s = seats ?? { ...event, waitlistLength: 0 };
  const confirmedInPerson = s.capacity !== null && s.seatsRemaining !== null ? s.capacity - s.seatsRemaining : null;
  const checked = count ?? event.checkedInCount ?? 0;

  const search = async (text: string) => {
    setSearchError(undefined);
    if (text.trim() === '') return;
    try {
      const { data, errors } = await requestPartial(DoorSearchDocument, { id: event.id, search: text.trim() });
      if (errors.some((e) => e.code === 'FORBIDDEN' && e.field === 'search')) {
        setFound(null);
        setSearchError(t('applications.searchReferenceOnly'));
        say((t) => t('applications.searchReferenceOnly'));
        return;
      }
      const rows = data.event?.applications?.edges.map((e) => e.node) ?? [];
      setFound(rows);
      say((t) => (rows.length > 0 ? t('door.found', { count: rows.length }) : t('door.none')));
    } catch (err) {
      say((t) => apiErrors(err).map((e) => errorMessage(e, t)).join(' '));
    }
  };

  const act = async (a: Found, undo: boolean) => {
    const who = a.attendeeName ?? a.reference ?? '';
    const asked = Date.now();
    try {
      const answer = undo
        ? (await request(UndoCheckInDocument, { id: a.id })).undoCheckIn
        : (await request(CheckInDocument, { id: a.id })).checkInApplication;
      const at = answer.application.checkedInAt;
      setFound((rows) => rows?.map((r) => (r.id === a.id ? { ...r, checkedInAt: at } : r)) ?? null);
      setCount(answer.checkedInCount);
      say((t, lang) => outcome(t, lang, who, undo, at, asked));
    } catch (err) {
      say((t) => apiErrors(err).map((e) => (e.code === 'CONFLICT' ? t('door.conflict') : errorMessage(e, t))).join(' '));
    }
  };

  return (
    <Page title={t('door.title', { title })}>
      <div class="door">
        <p class="door-count">
          <span class="door-count-label">{t('door.count')}</span>
          <span class="door-count-value" data-count>
            {confirmedInPerson === null ? checked : t('door.countOf', { checked, confirmed: confirmedInPerson })}
          </span>
        </p>
        <SearchBox onSearch={search} error={searchError} />
        <div class="door-message" role="status" aria-live="polite">
          {message && <p>{message(t, lang)}</p>}
        </div>
        {found && found.length > 0 && (
          <ul class="door-results" aria-label={t('door.results')}>
            {found.map((a) => (
              <DoorRow key={a.id} a={a} onAct={act} />
            ))}
          </ul>
        )}
        <p>
          <Link href={paths.applications(event.id)}>{t('door.applications')}</Link>
        </p>
      </div>
    </Page>
  );
}

/** What the API answered, in words: a check-in whose time is well before the button was pressed
 * was made earlier (on another device): it is not counted again. */
function outcome(t: Translate, lang: Lang, who: string, undo: boolean, at: string | null | undefined, asked: number): string {
  if (undo || !at) return t('door.undone', { who });
  const time = formatTimeOfDay(lang, at);
  return Date.parse(at) < asked - 30_000 ? t('door.already', { who, time }) : t('door.done', { who, time });
}

function SearchBox(props: { onSearch: (text: string) => void; error?: string }) {
  const { t } = useLang();
  const [text, setText] = useState('');
  return (
    <form class="door-search" role="search" onSubmit={(e) => {
      e.preventDefault();
      props.onSearch(text);
    }} noValidate>
      <TextField id="door-search" label={t('door.search')} type="text" value={text} onInput={setText}
        hint={t('door.searchHint')} error={props.error} autocomplete="off" />
      <button type="submit" class="button button-secondary">
        {t('door.searchSubmit')}
      </button>
    </form>
  );
}

function DoorRow(props: { a: Found; onAct: (a: Found, undo: boolean) => void }) {
  const { t, lang } = useLang();
  const a = props.a;
  const [busy, setBusy] = useState(false);
  const run = async (undo: boolean) => {
    if (busy) return;
    setBusy(true);
    await props.onAct(a, undo);
    setBusy(false);
  };
  const canCheckIn = a.status === 'CONFIRMED' && a.attendance === 'IN_PERSON';
  const nameId = `who-${a.id}`;
  return (
    <li class={a.checkedInAt ? 'door-row door-row-done' : 'door-row'}>
      <div class="door-who" id={nameId}>
        <p class="door-name">{a.attendeeName ?? a.reference}</p>
        <p class="door-detail">
          {a.reference}
          {a.organization ? ` · ${a.organization}` : ''}
          {a.checkedInAt ? ` · ${t('door.checkedInAt', { time: formatTimeOfDay(lang, a.checkedInAt) })}` : ''}
        </p>
      </div>
      {!canCheckIn ? (
        <p class="door-why">
          {a.status === 'CONFIRMED' ? t('door.online') : t('door.notConfirmed', { status: t(`status.${a.status}`) })}
        </p>
      ) : a.checkedInAt ? (
        <button type="button" class="button button-secondary door-button" aria-describedby={nameId}
          aria-disabled={busy ? 'true' : undefined} onClick={() => run(true)}>
          {t('door.undo')}
        </button>
      ) : (
        <button type="button" class="button button-primary door-button" aria-describedby={nameId}
          aria-disabled={busy ? 'true' : undefined} onClick={() => run(false)}>
          {t('door.checkIn')}
        </button>
      )}
    </li>
  );
}
