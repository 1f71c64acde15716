// Japan time, whatever the computer's time zone: people enter and read times in Japan time (UTC+9,
// no daylight saving), and the API takes and answers RFC 3339 in UTC.
import type { Lang } from './i18n';

const offsetMs = 9 * 60 * 60 * 1000;

/** The wall-clock fields of an instant in Japan: a Date whose UTC fields are Japan's. */
function inJapan(iso: string | Date): Date {
  return new Date(new Date(iso).getTime() + offsetMs);
}

/** An instant as the value of a datetime-local input in Japan time: 2026-11-27T13:30. */
export function toLocalInput(iso: string | null | undefined): string {
  return iso ? inJapan(iso).toISOString().slice(0, 16) : '';
}

/** A datetime-local value read as Japan time, as RFC 3339 in UTC; null when it is not one. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi) - offsetMs;
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** The start of a day in Japan (YYYY-MM-DD), plus `days`, as RFC 3339 in UTC; null when not a date. */
export function dayStart(date: string, days = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days) - offsetMs;
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** The fiscal year (April to March) that a moment falls in, in Japan: FY2026 runs from 2026-04-01. */
export function fiscalYearOf(now: Date = new Date()): number {
  const j = inJapan(now);
  return j.getUTCMonth() >= 3 ? j.getUTCFullYear() : j.getUTCFullYear() - 1;
}

function parts(lang: Lang, iso: string, withDate: boolean): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    ...(withDate ? { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A moment in the console's one format, in Japan time: 2026年11月27日(金) 13:30 / Fri, 27 Nov 2026, 13:30. */
export function formatTime(lang: Lang, iso: string): string {
  return parts(lang, iso, true);
}

/** From one moment to another, the date once when both are on the same day in Japan. */
export function formatRange(lang: Lang, from: string, to: string): string {
  const sameDay = inJapan(from).toISOString().slice(0, 10) === inJapan(to).toISOString().slice(0, 10);
  return `${formatTime(lang, from)}${lang === 'ja' ? '〜' : ' – '}${sameDay ? parts(lang, to, false) : formatTime(lang, to)}`;
}

/** A time of day in Japan (for the door, where the date is today's). */
export function formatTimeOfDay(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    timeStyle: 'short',
  }).format(new Date(iso));
}
