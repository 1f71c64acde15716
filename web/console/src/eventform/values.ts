// The event form's values: filled from an event, turned into the API's input (times entered in
// Japan time, sent as RFC 3339 in UTC), merged with a newer version of the event after a CONFLICT,
// and the mapping of the API's field names (input.venue.nameJa) to the form's ids (venue-nameJa).
import type { CreateEventInput, EventFieldsFragment, EventKind, Prefecture, UpdateEventInput } from '../gql/graphql';
import type { MessageKey, Translate } from '../i18n';
import { fromLocalInput, toLocalInput } from '../jst';
import { errorMessage, type ApiError } from '../api';
import type { Problem } from '../ui/form';

export const kinds: EventKind[] = ['SYMPOSIUM', 'SEMINAR', 'AWARD_CEREMONY', 'WORKSHOP', 'OTHER'];

export const prefectures: Prefecture[] = [
  'HOKKAIDO', 'AOMORI', 'IWATE', 'MIYAGI', 'AKITA', 'YAMAGATA', 'FUKUSHIMA', 'IBARAKI', 'TOCHIGI', 'GUNMA',
  'SAITAMA', 'CHIBA', 'TOKYO', 'KANAGAWA', 'NIIGATA', 'TOYAMA', 'ISHIKAWA', 'FUKUI', 'YAMANASHI', 'NAGANO',
  'GIFU', 'SHIZUOKA', 'AICHI', 'MIE', 'SHIGA', 'KYOTO', 'OSAKA', 'HYOGO', 'NARA', 'WAKAYAMA', 'TOTTORI',
  'SHIMANE', 'OKAYAMA', 'HIROSHIMA', 'YAMAGUCHI', 'TOKUSHIMA', 'KAGAWA', 'EHIME', 'KOCHI', 'FUKUOKA', 'SAGA',
  'NAGASAKI', 'KUMAMOTO', 'OITA', 'MIYAZAKI', 'KAGOSHIMA', 'OKINAWA',
];

/** A part of the program as the form holds it; `key` keeps its controls when parts move. */
export type PartValues = { key: number; titleJa: string; titleEn: string; startsAt: string; endsAt: string };

/** What the form holds: text as typed, times as datetime-local values in Japan time. */
export type FormValues = {
  hostMinistryCode: string;
  fiscalYear: string;
  kind: EventKind;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  tentative: boolean;
  parts: PartValues[];
  atVenue: boolean;
  venueNameJa: string;
  venueNameEn: string;
  venueAddressJa: string;
  venueAddressEn: string;
  venuePrefecture: string;
  onlineStreaming: boolean;
  streamingUrl: string;
  capacityLimited: boolean;
  capacity: string;
  untilFull: boolean;
  applicationDeadline: string;
  feeYen: string;
  coHosts: string[];
};

let nextKey = 1;

/** A new, empty part of the program. */
export function newPart(): PartValues {
  return { key: nextKey++, titleJa: '', titleEn: '', startsAt: '', endsAt: '' };
}

/** The form of a new event hosted by host in fiscal year fy. */
export function blankValues(host: string, fy: number): FormValues {
  return {
    hostMinistryCode: host, fiscalYear: String(fy), kind: 'SEMINAR', titleJa: '', titleEn: '', descriptionJa: '',
    descriptionEn: '', startsAt: '', endsAt: '', tentative: false, parts: [], atVenue: true, venueNameJa: '',
    venueNameEn: '', venueAddressJa: '', venueAddressEn: '', venuePrefecture: '', onlineStreaming: false,
    streamingUrl: '', capacityLimited: true, capacity: '', untilFull: false, applicationDeadline: '', feeYen: '0', coHosts: [],
  };
}

/** The form filled with an event as the API answered it. */
export function valuesOf(e: EventFieldsFragment): FormValues {
  return {
    hostMinistryCode: e.host.code,
    fiscalYear: String(e.campaign.fiscalYear),
    kind: e.kind,
    titleJa: e.title.ja,
    titleEn: e.title.en ?? '',
    descriptionJa: e.description?.ja ?? '',
    descriptionEn: e.description?.en ?? '',
    startsAt: toLocalInput(e.startsAt),
    endsAt: toLocalInput(e.endsAt),
    tentative: e.tentative,
    parts: e.programParts.map((p) => ({
      key: nextKey++, titleJa: p.title.ja, titleEn: p.title.en ?? '', startsAt: toLocalInput(p.startsAt), endsAt: toLocalInput(p.endsAt),
    })),
    atVenue: e.venue !== null,
    venueNameJa: e.venue?.name.ja ?? '',
    venueNameEn: e.venue?.name.en ?? '',
    venueAddressJa: e.venue?.address?.ja ?? '',
    venueAddressEn: e.venue?.address?.en ?? '',
    venuePrefecture: e.venue?.prefecture ?? '',
    onlineStreaming: e.onlineStreaming,
    streamingUrl: e.streamingUrl ?? '',
    capacityLimited: e.capacity !== null,
    capacity: e.capacity !== null ? String(e.capacity) : '',
    untilFull: e.applicationDeadline === null,
    applicationDeadline: toLocalInput(e.applicationDeadline),
    feeYen: String(e.feeYen),
    coHosts: e.coHosts.map((m) => m.code),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

function wholeNumber(s: string): number | null {
  const t = s.trim().replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}

/**
 * The API's input for the form's values, as UpdateEventInput: every field, null for the fields the
 * event lacks (so that the save clears them). Errors are those the form finds before sending: what
 * cannot be sent at all (a time not entered, a number that is not one). The API checks the rest.
 */
export function toInput(v: FormValues): { input: UpdateEventInput; errors: Problem[] } {
  const errors: Problem[] = [];
  const problem = (field: string, key: MessageKey, vars?: Record<string, number>) => errors.push({ field, say: (t) => t(key, vars) });
  const time = (value: string, field: string, key: MessageKey) => {
    const iso = fromLocalInput(value);
    if (!iso) problem(field, key);
    return iso ?? '';
  };
  const startsAt = time(v.startsAt, 'startsAt', 'form.error.startsAtMissing');
  const endsAt = time(v.endsAt, 'endsAt', 'form.error.endsAtMissing');
  const programParts = v.parts.map((p, i) => {
    const s = fromLocalInput(p.startsAt);
    const e = fromLocalInput(p.endsAt);
    if (!s || !e) problem(`programParts-${i}-${s ? 'endsAt' : 'startsAt'}`, 'form.error.partTimesMissing', { n: i + 1 });
    return { titleJa: p.titleJa, titleEn: orNull(p.titleEn), startsAt: s ?? '', endsAt: e ?? '' };
  });
  let capacity: number | null = null;
  if (v.capacityLimited) {
    capacity = wholeNumber(v.capacity);
    if (capacity === null) problem('capacity', 'form.error.capacityNumber');
  }
  const feeYen = wholeNumber(v.feeYen);
  if (feeYen === null) problem('feeYen', 'form.error.feeNumber');
  const applicationDeadline = v.untilFull ? null : time(v.applicationDeadline, 'applicationDeadline', 'form.error.deadlineMissing');
  const input: UpdateEventInput = {
    kind: v.kind,
    titleJa: v.titleJa,
    titleEn: orNull(v.titleEn),
    descriptionJa: orNull(v.descriptionJa),
    descriptionEn: orNull(v.descriptionEn),
    startsAt,
    endsAt,
    tentative: v.tentative,
    programParts,
    venue: v.atVenue
      ? {
          nameJa: v.venueNameJa, nameEn: orNull(v.venueNameEn), addressJa: orNull(v.venueAddressJa),
          addressEn: orNull(v.venueAddressEn), prefecture: (orNull(v.venuePrefecture) as Prefecture | null),
        }
      : null,
    onlineStreaming: v.onlineStreaming,
    streamingUrl: v.onlineStreaming ? orNull(v.streamingUrl) : null,
    feeYen: feeYen ?? 0,
    capacity,
    applicationDeadline,
    coHostMinistryCodes: v.coHosts,
  };
  return { input, errors };
}

/** The input of a new event: the form's, with the host and the year, and nothing null to clear. */
export function toCreateInput(v: FormValues): { input: CreateEventInput; errors: Problem[] } {
  const { input, errors } = toInput(v);
  const create: CreateEventInput = {
    ...(Object.fromEntries(Object.entries(input).filter(([, x]) => x !== null)) as Omit<CreateEventInput, 'fiscalYear' | 'hostMinistryCode'>),
    fiscalYear: Number(v.fiscalYear),
    hostMinistryCode: v.hostMinistryCode,
    kind: v.kind,
    titleJa: v.titleJa,
    startsAt: input.startsAt ?? '',
    endsAt: input.endsAt ?? '',
    onlineStreaming: v.onlineStreaming,
    feeYen: input.feeYen ?? 0,
  };
  return { input: create, errors };
}

/** The API's errors as the form shows them: at their field (an input's), in the page's language. */
export function apiProblems(errors: ApiError[], seatsTaken: number): Problem[] {
  return errors.map((a) => ({
    field: a.field?.startsWith('input.') ? fieldId(a.field) : undefined,
    say: (t: Translate) => errorMessage(a, t, fieldMessage(t, seatsTaken)),
  }));
}

/** The form's id of the field the API names: input.venue.nameJa → venue-nameJa. */
export function fieldId(apiField: string): string {
  return apiField.replace(/^input\./, '').replaceAll('.', '-');
}

/** The form's message for an error the API reports about one of its fields. */
export function fieldMessage(t: Translate, seatsTaken: number): (apiField: string) => string | undefined {
  return (apiField) => {
    const id = fieldId(apiField);
    const part = /^programParts-(\d+)-(titleJa|titleEn|startsAt|endsAt)$/.exec(id);
    if (part) {
      const key = `form.error.part${part[2][0].toUpperCase()}${part[2].slice(1)}` as const;
      return t(key as 'form.error.partTitleJa', { n: Number(part[1]) + 1 });
    }
    const key = `form.error.${id.replace(/^venue-(\w)/, (_, c: string) => `venue${c.toUpperCase()}`)}`;
    return key in messages ? t(key as 'form.error.titleJa', { taken: seatsTaken }) : undefined;
  };
}

// The fields with a message of their own (form.error.<id>).
const messages = Object.fromEntries(
  ['titleJa', 'titleEn', 'descriptionJa', 'descriptionEn', 'startsAt', 'endsAt', 'applicationDeadline', 'capacity',
    'feeYen', 'kind', 'streamingUrl', 'venueNameJa', 'venueNameEn', 'venueAddressJa', 'venueAddressEn',
    'venuePrefecture', 'coHostMinistryCodes', 'hostMinistryCode', 'fiscalYear', 'programParts'].map((k) => [`form.error.${k}`, true]),
);

/** Whether two values of a field are the same (program parts compared without their keys). */
export function same(a: unknown, b: unknown): boolean {
  const strip = (x: unknown) => (Array.isArray(x) ? x.map((p) => (p && typeof p === 'object' && 'key' in p ? { ...p, key: 0 } : p)) : x);
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/**
 * The form after a CONFLICT, to keep editing: the fields the person did not change (mine still as
 * read) take the latest values; those they changed keep theirs.
 */
export function merge(read: FormValues, mine: FormValues, latest: FormValues): FormValues {
  const out = { ...latest } as Record<keyof FormValues, unknown>;
  for (const k of Object.keys(mine) as (keyof FormValues)[]) {
    if (!same(mine[k], read[k])) out[k] = mine[k];
  }
  return out as FormValues;
}
