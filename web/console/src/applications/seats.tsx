// An event's seats as they change: the counts the screen first read, then every update of the
// eventSeatsChanged subscription (the server sends the current seats at once, then each change,
// from any device: a check-in at the door shows on every screen of the event).
import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../api';
import { EventSeatsDocument } from '../gql/graphql';
import { useLang } from '../i18n';

export type SeatCounts = {
  capacity: number | null;
  seatsRemaining: number | null;
  waitlistLength: number;
  checkedInCount: number | null;
};

/** The seats of the event: null until the screen has read them, then kept live. */
export function useLiveSeats(eventId: string, first: SeatCounts | null): SeatCounts | null {
  const [live, setLive] = useState<SeatCounts | null>(null);
  const ready = first !== null;
  useEffect(() => {
    if (!ready) return;
    return subscribe(EventSeatsDocument, { eventId }, (d) => setLive(d.eventSeatsChanged));
  }, [eventId, ready]);
  return live ?? first;
}

export function Seats(props: { seats: SeatCounts }) {
  const { t } = useLang();
  const s = props.seats;
  const people = (n: number | null) => (n === null ? t('applications.unlimited') : t('applications.people', { count: n }));
  return (
    <section aria-labelledby="seats-heading">
      <h2 id="seats-heading">{t('applications.seats')}</h2>
      <dl class="seats">
        <div>
          <dt>{t('applications.capacity')}</dt>
          <dd data-seat="capacity">{people(s.capacity)}</dd>
        </div>
        <div>
          <dt>{t('applications.seatsLeft')}</dt>
          <dd data-seat="left">{people(s.seatsRemaining)}</dd>
        </div>
        <div>
          <dt>{t('applications.waitlist')}</dt>
          <dd data-seat="waitlist">{people(s.waitlistLength)}</dd>
        </div>
        {s.checkedInCount !== null && (
          <div>
            <dt>{t('applications.checkedIn')}</dt>
            <dd data-seat="checkedIn">{people(s.checkedInCount)}</dd>
          </div>
        )}
      </dl>
      <p class="field-hint">{t('applications.live')}</p>
    </section>
  );
}
