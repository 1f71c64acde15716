// An event in words, field by field: for the read-only view and for the comparison of the version a
// person read with the current one after a CONFLICT.
import type { EventFieldsFragment } from '../gql/graphql';
import type { Lang, MessageKey, Translate } from '../i18n';
import { formatRange, formatTime } from '../jst';
import { count, inLang, type Bilingual } from '../ui/text';

/** One field of an event: what it is called and its value in words ('' when it has none). */
export type Described = { id: string; label: string; value: string; lang?: string };

type Ministry = { code: string; name: Bilingual };

/** The event's fields in words, in the order of the form. */
export function describe(e: EventFieldsFragment, lang: Lang, t: Translate, ministries: Ministry[]): Described[] {
  const yesNo = (b: boolean) => t(b ? 'form.yes' : 'form.no');
  const name = (code: string) => {
    const m = ministries.find((x) => x.code === code);
    return m ? inLang(lang, m.name) : code;
  };
  const row = (id: string, label: MessageKey, value: string | null | undefined, valueLang?: string): Described => ({
    id, label: t(label), value: value ?? '', lang: valueLang,
  });
  const program = e.programParts
    .map((p) => `${p.title.ja}${p.title.en ? ` / ${p.title.en}` : ''}: ${formatRange(lang, p.startsAt, p.endsAt)}`)
    .join('\n');
  return [
    row('status', 'event.status', t(`status.${e.status}`)),
    row('fiscalYear', 'event.fiscalYear', t('events.fiscalYearOption', { era: e.campaign.eraName, year: e.campaign.fiscalYear })),
    row('host', 'event.host', inLang(lang, e.host.name)),
    row('coHosts', 'event.coHosts', e.coHosts.map((m) => name(m.code)).join(t('list.separator')) || t('event.none')),
    row('kind', 'form.kind', t(`kind.${e.kind}`)),
    row('titleJa', 'form.titleJa', e.title.ja, 'ja'),
    row('titleEn', 'form.titleEn', e.title.en, 'en'),
    row('descriptionJa', 'form.descriptionJa', e.description?.ja, 'ja'),
    row('descriptionEn', 'form.descriptionEn', e.description?.en, 'en'),
    row('startsAt', 'form.startsAt', formatTime(lang, e.startsAt)),
    row('endsAt', 'form.endsAt', formatTime(lang, e.endsAt)),
    row('tentative', 'form.tentative', yesNo(e.tentative)),
    row('programParts', 'form.program', program),
    row('venue', 'form.venue', t(e.venue ? 'form.venueYes' : 'form.venueNo')),
    ...(e.venue
      ? [
          row('venue-nameJa', 'form.venueNameJa', e.venue.name.ja, 'ja'),
          row('venue-nameEn', 'form.venueNameEn', e.venue.name.en, 'en'),
          row('venue-addressJa', 'form.venueAddressJa', e.venue.address?.ja, 'ja'),
          row('venue-addressEn', 'form.venueAddressEn', e.venue.address?.en, 'en'),
          row('venue-prefecture', 'form.prefecture', e.venue.prefecture && t(`prefecture.${e.venue.prefecture}`)),
        ]
      : []),
    row('onlineStreaming', 'form.onlineStreaming', yesNo(e.onlineStreaming)),
    row('streamingUrl', 'form.streamingUrl', e.streamingUrl),
    row('capacity', 'form.capacity', e.capacity === null ? t('form.capacityUnlimited') : t('form.people', { n: count(lang, e.capacity) })),
    row('applicationDeadline', 'form.deadline', e.applicationDeadline ? formatTime(lang, e.applicationDeadline) : t('form.untilFull')),
    row('feeYen', 'form.feeYen', e.feeYen === 0 ? t('form.free') : t('form.yen', { fee: count(lang, e.feeYen) })),
  ];
}

/** A field whose value differs between two versions of an event. */
export type Change = { id: string; label: string; before: string; now: string; lang?: string };

/** The fields whose value differs between two versions of an event, in the form's order. */
export function changes(before: Described[], now: Described[]): Change[] {
  const ids = [...new Set([...before.map((d) => d.id), ...now.map((d) => d.id)])];
  const out: Change[] = [];
  for (const id of ids) {
    const b = before.find((d) => d.id === id);
    const n = now.find((d) => d.id === id);
    if ((b?.value ?? '') !== (n?.value ?? '')) {
      out.push({ id, label: (b ?? n)!.label, before: b?.value ?? '', now: n?.value ?? '', lang: (b ?? n)!.lang });
    }
  }
  return out;
}
