// The event list's filters and page, kept in the address's query so that a reload, a bookmark or
// the browser's back button shows the same list: ?fy=2026&ministry=MIC&status=DRAFT&from=2026-11-01
// &to=2026-11-30&q=セミナー&after=…&after=…
//
// The API pages forward only (first/after), so the way back is a stack of cursors in the address:
// each `after` is the cursor the page at that depth started after; "previous" drops the last one.
import type { EventFilter, EventStatus } from '../gql/graphql';
import { dayStart, fiscalYearOf } from '../jst';
import { paths } from '../router';

export type Filters = {
  fy: number;
  /** The ministry whose hosted and co-hosted events are listed; '' for every ministry. */
  ministry: string;
  status: EventStatus | '';
  /** Days in Japan (YYYY-MM-DD) between which the events start, both included; '' for open. */
  from: string;
  to: string;
  q: string;
  /** The cursors of the pages before this one: the last is the one this page starts after. */
  after: string[];
};

const statuses: EventStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED'];
export const eventStatuses = statuses;

const dateRE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the filters of a query. `ministries` are those the viewer may choose; with `anyMinistry`
 * the viewer may also list every ministry's events (the default then), else the list is of one of
 * `ministries` (the first by default).
 */
export function readFilters(query: URLSearchParams, ministries: string[], anyMinistry: boolean): Filters {
  const fy = Number(query.get('fy'));
  const ministry = query.get('ministry') ?? '';
  const status = query.get('status') as EventStatus;
  const date = (k: string) => {
    const v = query.get(k) ?? '';
    return dateRE.test(v) ? v : '';
  };
  return {
    fy: Number.isInteger(fy) && fy >= 1989 && fy <= 2200 ? fy : fiscalYearOf(),
    ministry: ministries.includes(ministry) || (anyMinistry && ministry === '') ? ministry : anyMinistry ? '' : (ministries[0] ?? ''),
    status: statuses.includes(status) ? status : '',
    from: date('from'),
    to: date('to'),
    q: (query.get('q') ?? '').trim().slice(0, 100),
    after: query.getAll('after').filter((c) => c !== '').slice(0, 50),
  };
}

/** The address of the list with these filters. */
export function listPath(f: Filters): string {
  const q = new URLSearchParams();
  q.set('fy', String(f.fy));
  if (f.ministry) q.set('ministry', f.ministry);
  if (f.status) q.set('status', f.status);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.q) q.set('q', f.q);
  for (const c of f.after) q.append('after', c);
  return `${paths.events}?${q}`;
}

/** The API's filter for these filters. */
export function eventFilter(f: Filters): EventFilter {
  const filter: EventFilter = { fiscalYear: f.fy };
  if (f.ministry) filter.ministryCode = f.ministry;
  if (f.status) filter.status = f.status;
  const after = f.from && dayStart(f.from);
  const before = f.to && dayStart(f.to, 1); // the whole of the last day
  if (after) filter.startsAfter = after;
  if (before) filter.startsBefore = before;
  if (f.q) filter.search = f.q;
  return filter;
}
