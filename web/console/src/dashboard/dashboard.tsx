// The dashboard of a fiscal year (the current one unless the address says ?fy=): for a ministry
// the viewer reads the events of (its own; the secretariat chooses one), its events by status,
// the seats of its published events, applications per day (a chart and the same numbers in a
// table) and the award entries waiting for a decision; for the secretariat also the campaign's
// public counts of registrants and the registrations waiting for approval. Each number comes from
// the API as that person may read it (an award's entries the person may not read show as such).
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, requestPartial } from '../api';
import { DashboardDocument, type DashboardQuery, type ViewerQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { fiscalYearOf, formatTime } from '../jst';
import { Link, navigate, paths, withQuery } from '../router';
import { Select } from '../ui/controls';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { type Day, PerDayChart } from './chart';

type Viewer = ViewerQuery['viewer'];

/** Every day from the first to the last that the API answers, those without applications at 0
 * (the API leaves them out), so that the chart's time runs evenly and the table says the same. */
function everyDay(days: Day[]): Day[] {
  if (days.length === 0) return [];
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const out: Day[] = [];
  const last = Date.parse(`${days[days.length - 1].day}T00:00:00Z`);
  for (let t = Date.parse(`${days[0].day}T00:00:00Z`); t <= last && out.length < 400; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

type Want = { fy: number; ministry: string };

function wantOf(q: URLSearchParams, v: Viewer): Want {
  const fy = Number(q.get('fy'));
  const codes = v.eventReadMinistries.map((m) => m.code);
  const ministry = q.get('ministry') ?? '';
  return {
    fy: Number.isInteger(fy) && fy >= 1989 && fy <= 2200 ? fy : fiscalYearOf(),
    ministry: codes.includes(ministry) ? ministry : (codes[0] ?? ''),
  };
}

const addressOf = (w: Want) => withQuery(paths.dashboard, { fy: String(w.fy), ministry: w.ministry });

export function Dashboard(props: { viewer: Viewer; query: URLSearchParams }) {
  const { t } = useLang();
  const v = props.viewer;
  const want = wantOf(props.query, v);
  const key = addressOf(want);
  const [data, setData] = useState<DashboardQuery | null>(null);
  const [failed, setFailed] = useState<ApiError[]>([]);
  useEffect(() => {
    let live = true;
    setData(null);
    setFailed([]);
    requestPartial(DashboardDocument, { fy: want.fy, ministry: want.ministry, withMinistry: want.ministry !== '', secretariat: v.registrantsPersonal }).then(
      // Errors at a field the person may not read (an award's entries) leave the rest to show.
      (r) => live && (setData(r.data), setFailed(r.errors.filter((e) => e.code !== 'FORBIDDEN'))),
      (err) => live && setFailed(apiErrors(err)),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return (
    <Page title={t('dashboard.title')} error={failed.length > 0}>
      <Choose viewer={v} want={want} years={data?.campaigns ?? []} />
      {failed.map((e, i) => (
        <p key={i} class="error-text" role="alert">
          {errorMessage(e, t)}
        </p>
      ))}
      {!data && failed.length === 0 && <p class="loading" role="status">{t('app.loading')}</p>}
      {data && want.ministry && <MinistryPart viewer={v} want={want} data={data} />}
      {data && v.registrantsPersonal && <CampaignPart want={want} data={data} />}
    </Page>
  );
}

function Choose(props: { viewer: Viewer; want: Want; years: { fiscalYear: number; eraName: string }[] }) {
  const { t, lang } = useLang();
  const [f, setF] = useState(props.want);
  useEffect(() => setF(props.want), [addressOf(props.want)]);
  const years = props.years.length > 0 ? props.years : [{ fiscalYear: f.fy, eraName: String(f.fy) }];
  const ministries = props.viewer.eventReadMinistries;
  return (
    <form class="filter" aria-labelledby="choose-heading" onSubmit={(e) => (e.preventDefault(), navigate(addressOf(f)))}>
      <h2 id="choose-heading" class="visually-hidden">
        {t('dashboard.choose')}
      </h2>
      <div class="filters-grid">
        <Select id="fy" label={t('dashboard.fiscalYear')} value={String(f.fy)} onChange={(fy) => setF({ ...f, fy: Number(fy) })}
          options={years.map((y) => ({ value: String(y.fiscalYear), label: t('dashboard.fiscalYearOption', { era: y.eraName, year: y.fiscalYear }) }))} />
        {ministries.length > 1 && (
          <Select id="ministry" label={t('dashboard.ministry')} value={f.ministry} onChange={(ministry) => setF({ ...f, ministry })}
            options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} />
        )}
      </div>
      <button type="submit" class="button button-secondary">
        {t('dashboard.show')}
      </button>
    </form>
  );
}

function MinistryPart(props: { viewer: Viewer; want: Want; data: DashboardQuery }) {
  const { t, lang } = useLang();
  const { data, want } = props;
  const m = props.viewer.eventReadMinistries.find((x) => x.code === want.ministry);
  const byStatus = [
    ['DRAFT', data.drafts?.totalCount ?? 0],
    ['PUBLISHED', data.published?.totalCount ?? 0],
    ['CLOSED', data.closed?.totalCount ?? 0],
    ['CANCELLED', data.cancelled?.totalCount ?? 0],
  ] as const;
  const programs = (data.awardPrograms ?? []).filter((p) => p.ministry.code === want.ministry);
  const days = everyDay(data.applicationsPerDay ?? []);
  return (
    <>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t('dashboard.events')}</h2>
        <p>{t('dashboard.eventsIntro', { ministry: m ? inLang(lang, m.name) : want.ministry })}</p>
        <CountTable
          label={t('dashboard.status')}
          valueLabel={t('dashboard.count')}
          rows={byStatus.map(([s, n]) => ({ key: s, name: t(`status.${s}`), value: count(lang, n) }))}
        />
        <p>
          <Link href={withQuery(paths.events, { fy: String(want.fy), ministry: want.ministry })}>{t('dashboard.toEvents')}</Link>
        </p>
      </section>
      <Seats events={data.published?.edges.map((e) => e.node) ?? []} />
      <section aria-labelledby="per-day-heading">
        <h2 id="per-day-heading">{t('dashboard.perDay')}</h2>
        {days.length === 0 ? (
          <p>{t('dashboard.perDayNone')}</p>
        ) : (
          <>
            <PerDayChart days={days} />
            <details class="details">
              <summary>{t('dashboard.perDayTable')}</summary>
              <CountTable
                caption={t('dashboard.perDayTable')}
                label={t('dashboard.day')}
                valueLabel={t('dashboard.applications')}
                rows={days.map((d) => ({ key: d.day, name: d.day, value: count(lang, d.count) }))}
              />
            </details>
          </>
        )}
      </section>
      <section aria-labelledby="awards-heading">
        <h2 id="awards-heading">{t('dashboard.awards')}</h2>
        {programs.length === 0 ? (
          <p>{t('dashboard.awardsNone')}</p>
        ) : (
          <CountTable
            wide
            label={t('dashboard.program')}
            valueLabel={t('dashboard.submitted')}
            rows={programs.map((p) => ({
              key: p.id,
              name: inLang(lang, p.name),
              value: p.entries ? count(lang, p.entries.totalCount) : t('dashboard.notReadable'),
            }))}
          />
        )}
      </section>
    </>
  );
}

type Published = NonNullable<DashboardQuery['published']>['edges'][number]['node'];

function Seats(props: { events: Published[] }) {
  const { t, lang } = useLang();
  const limited = props.events.filter((e) => e.capacity != null);
  const taken = limited.reduce((n, e) => n + e.seatsTaken, 0);
  const capacity = limited.reduce((n, e) => n + (e.capacity ?? 0), 0);
  return (
    <section aria-labelledby="seats-heading">
      <h2 id="seats-heading">{t('dashboard.seats')}</h2>
      {props.events.length === 0 ? (
        <p>{t('dashboard.seatsNone')}</p>
      ) : (
        <>
          {capacity > 0 && (
            <p>
              {t('dashboard.seatsTotal', { taken: count(lang, taken), capacity: count(lang, capacity), percent: Math.round((taken / capacity) * 100) })}
            </p>
          )}
          <div class="table-scroll" role="region" aria-label={t('dashboard.seatsRegion')} tabIndex={0}>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.event')}</th>
                  <th scope="col">{t('dashboard.startsAt')}</th>
                  <th scope="col" class="num">
                    {t('dashboard.taken')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard.capacity')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard.waitlist')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link href={paths.applications(e.id)}>{inLang(lang, e.title)}</Link>
                    </th>
                    <td class="nowrap">{formatTime(lang, e.startsAt)}</td>
                    <td class="num">{count(lang, e.seatsTaken)}</td>
                    <td class="num">{e.capacity == null ? t('dashboard.unlimited') : count(lang, e.capacity)}</td>
                    <td class="num">{count(lang, e.waitlistLength)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function CampaignPart(props: { want: Want; data: DashboardQuery }) {
  const { t, lang } = useLang();
  const stats = props.data.campaign?.stats;
  return (
    <section aria-labelledby="campaign-heading">
      <h2 id="campaign-heading">{t('dashboard.campaign')}</h2>
      {!stats ? (
        <p>{t('dashboard.noCampaign')}</p>
      ) : (
        <>
          <p>{t('dashboard.approved', { count: count(lang, stats.registrantCount) })}</p>
          <p>
            {t('dashboard.waiting', { count: count(lang, props.data.waiting?.totalCount ?? 0) })}{' '}
            <Link href={withQuery(paths.registrants, { fy: String(props.want.fy), status: 'REGISTERED' })}>{t('dashboard.toQueue')}</Link>
          </p>
          <h3>{t('dashboard.byActivity')}</h3>
          <CountTable
            label={t('dashboard.activity')}
            valueLabel={t('dashboard.registrants')}
            rows={stats.byActivity.map((a) => ({ key: a.activity, name: t(`activityName.${a.activity}`), value: count(lang, a.count) }))}
          />
          <h3>{t('dashboard.byPrefecture')}</h3>
          <div class="table-scroll table-tall" role="region" aria-label={t('dashboard.prefectureRegion')} tabIndex={0}>
            <CountTable
              label={t('dashboard.prefecture')}
              valueLabel={t('dashboard.registrants')}
              rows={stats.byPrefecture.map((p) => ({ key: p.prefecture, name: t(`prefecture.${p.prefecture}`), value: count(lang, p.count) }))}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** A table of counts: a name per row (its header) and its number, right-aligned. */
function CountTable(props: {
  label: string;
  valueLabel: string;
  rows: { key: string; name: string; value: string }[];
  caption?: string;
  wide?: boolean;
}) {
  return (
    <table class={props.wide ? 'table' : 'table table-narrow'}>
      {props.caption && <caption class="visually-hidden">{props.caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{props.label}</th>
          <th scope="col" class="num">
            {props.valueLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td class="num">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
