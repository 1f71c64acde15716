// The event form, for a new event and for an edit: the Japanese and English fields side by side,
// the program's parts (added, removed and moved by buttons, each with its own times), the venue,
// the stream, seats, deadline or "until full", fee and co-hosts. Field ids are the API's field
// names (values.ts: fieldId), so that the API's errors land at their field.
import type { ComponentChildren } from 'preact';
import { useLang } from '../i18n';
import { Checkbox, Checkboxes, Radios, Select, TextArea, type Option } from '../ui/controls';
import { TextField } from '../ui/form';
import { inLang, type Bilingual } from '../ui/text';
import { PartsEditor } from './parts';
import { kinds, prefectures, type FormValues } from './values';

type Ministry = { code: string; name: Bilingual };

export type FormProps = {
  values: FormValues;
  onChange: (v: FormValues) => void;
  /** Error messages by field id. */
  errors: Record<string, string>;
  ministries: Ministry[];
  /** For a new event: the ministries it may be hosted by, and the fiscal years it may belong to. */
  hosts?: Ministry[];
  years?: Option[];
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  /** The level of the form's section headings: 2 on a screen of its own, 3 inside a section. */
  headingLevel: 2 | 3;
};

/** A pair of fields, Japanese and English side by side (one above the other when narrow). */
function Pair(props: { children: ComponentChildren }) {
  return <div class="pair">{props.children}</div>;
}

export function EventForm(props: FormProps) {
  const { t, lang } = useLang();
  const v = props.values;
  const e = props.errors;
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const set = (patch: Partial<FormValues>) => props.onChange({ ...v, ...patch });
  const text = (id: keyof FormValues, label: string, extra: { lang?: string; maxLength?: number; optional?: boolean } = {}) => (
    <TextField id={id} type="text" label={label} value={v[id] as string} onInput={(x) => set({ [id]: x })} error={e[id]} {...extra} />
  );
  const time = (id: 'startsAt' | 'endsAt' | 'applicationDeadline', label: string) => (
    <TextField id={id} type="datetime-local" label={label} value={v[id]} onInput={(x) => set({ [id]: x })} error={e[id]} width="medium" />
  );
  const coHostOptions = props.ministries
    .filter((m) => m.code !== v.hostMinistryCode)
    .map((m) => ({ value: m.code, label: inLang(lang, m.name) }));

  return (
    <form class="form event-form" noValidate onSubmit={(ev) => { ev.preventDefault(); props.onSubmit(); }}>
      <H>{t('form.basics')}</H>
      {props.hosts && (
        <div class="pair">
          <Select id="hostMinistryCode" label={t('form.host')} value={v.hostMinistryCode} error={e.hostMinistryCode}
            options={props.hosts.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))}
            onChange={(x) => set({ hostMinistryCode: x, coHosts: v.coHosts.filter((c) => c !== x) })} />
          <Select id="fiscalYear" label={t('form.fiscalYear')} value={v.fiscalYear} error={e.fiscalYear}
            options={props.years ?? []} onChange={(x) => set({ fiscalYear: x })} />
        </div>
      )}
      <Select id="kind" label={t('form.kind')} value={v.kind} error={e.kind}
        options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} onChange={(x) => set({ kind: x as FormValues['kind'] })} />
      <Pair>
        {text('titleJa', t('form.titleJa'), { lang: 'ja', maxLength: 200 })}
        {text('titleEn', t('form.titleEn'), { optional: true, lang: 'en', maxLength: 200 })}
      </Pair>
      <Pair>
        <TextArea id="descriptionJa" label={t('form.descriptionJa')} optional value={v.descriptionJa} lang="ja" maxLength={5000}
          onInput={(x) => set({ descriptionJa: x })} error={e.descriptionJa} />
        <TextArea id="descriptionEn" label={t('form.descriptionEn')} optional value={v.descriptionEn} lang="en" maxLength={5000}
          onInput={(x) => set({ descriptionEn: x })} error={e.descriptionEn} />
      </Pair>
      <Checkboxes id="coHostMinistryCodes" label={t('form.coHosts')} optional hint={t('form.coHostsHint')} values={v.coHosts}
        options={coHostOptions} onChange={(x) => set({ coHosts: x })} error={e.coHostMinistryCodes} />

      <H>{t('form.schedule')}</H>
      <p class="field-hint">{t('form.timeHint')}</p>
      <Pair>
        {time('startsAt', t('form.startsAt'))}
        {time('endsAt', t('form.endsAt'))}
      </Pair>
      <Checkbox id="tentative" label={t('form.tentative')} checked={v.tentative} onChange={(x) => set({ tentative: x })} />

      <H>{t('form.program')}</H>
      <p class="field-hint">{t('form.programHint')}</p>
      <PartsEditor parts={v.parts} onChange={(parts) => set({ parts })} errors={e} />

      <H>{t('form.place')}</H>
      <Radios id="atVenue" label={t('form.venue')} value={v.atVenue ? 'yes' : 'no'} inline
        options={[{ value: 'yes', label: t('form.venueYes') }, { value: 'no', label: t('form.venueNo') }]}
        onChange={(x) => set({ atVenue: x === 'yes' })} />
      {v.atVenue && (
        <div class="conditional">
          <Pair>
            <TextField id="venue-nameJa" type="text" label={t('form.venueNameJa')} value={v.venueNameJa} lang="ja" maxLength={200}
              onInput={(x) => set({ venueNameJa: x })} error={e['venue-nameJa']} />
            <TextField id="venue-nameEn" type="text" label={t('form.venueNameEn')} optional value={v.venueNameEn} lang="en" maxLength={200}
              onInput={(x) => set({ venueNameEn: x })} error={e['venue-nameEn']} />
          </Pair>
          <Pair>
            <TextField id="venue-addressJa" type="text" label={t('form.venueAddressJa')} optional value={v.venueAddressJa} lang="ja"
              maxLength={500} onInput={(x) => set({ venueAddressJa: x })} error={e['venue-addressJa']} />
            <TextField id="venue-addressEn" type="text" label={t('form.venueAddressEn')} optional value={v.venueAddressEn} lang="en"
              maxLength={500} onInput={(x) => set({ venueAddressEn: x })} error={e['venue-addressEn']} />
          </Pair>
          <Select id="venue-prefecture" label={t('form.prefecture')} optional value={v.venuePrefecture} placeholder={t('form.choose')}
            options={prefectures.map((p) => ({ value: p, label: t(`prefecture.${p}`) }))} onChange={(x) => set({ venuePrefecture: x })}
            error={e['venue-prefecture']} />
        </div>
      )}
      <Checkbox id="onlineStreaming" label={t('form.onlineStreaming')} checked={v.onlineStreaming} onChange={(x) => set({ onlineStreaming: x })} />
      {v.onlineStreaming && (
        <div class="conditional">
          <TextField id="streamingUrl" type="url" label={t('form.streamingUrl')} optional hint={t('form.streamingUrlHint')} value={v.streamingUrl}
            inputMode="url" maxLength={2000} onInput={(x) => set({ streamingUrl: x })} error={e.streamingUrl} lang="en" />
        </div>
      )}

      <H>{t('form.seats')}</H>
      <Radios id="capacityLimited" label={t('form.capacity')} hint={t('form.capacityHint')} value={v.capacityLimited ? 'yes' : 'no'} inline
        options={[{ value: 'yes', label: t('form.capacityLimited') }, { value: 'no', label: t('form.capacityUnlimited') }]}
        onChange={(x) => set({ capacityLimited: x === 'yes' })}>
        {v.capacityLimited && (
          <div class="conditional">
            <TextField id="capacity" type="text" inputMode="numeric" width="short" label={t('form.capacityNumber')} value={v.capacity}
              onInput={(x) => set({ capacity: x })} error={e.capacity} />
          </div>
        )}
      </Radios>
      <Radios id="untilFull" label={t('form.deadline')} value={v.untilFull ? 'full' : 'set'} inline
        options={[{ value: 'set', label: t('form.deadlineSet') }, { value: 'full', label: t('form.untilFull') }]}
        onChange={(x) => set({ untilFull: x === 'full' })}>
        {!v.untilFull && <div class="conditional">{time('applicationDeadline', t('form.deadlineAt'))}</div>}
      </Radios>
      <TextField id="feeYen" type="text" inputMode="numeric" width="short" label={t('form.feeYen')} hint={t('form.feeHint')} value={v.feeYen}
        onInput={(x) => set({ feeYen: x })} error={e.feeYen} />

      <button type="submit" class="button button-primary" aria-disabled={props.busy ? 'true' : undefined}>
        {props.submitLabel}
      </button>
    </form>
  );
}
