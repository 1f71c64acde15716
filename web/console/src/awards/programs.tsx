// The award programs of a fiscal year: those of the viewer's ministry (every ministry's for the
// secretariat, or one it picks), each with its entry window, announcement, ceremony, and how many
// entries it has and how many wait for a decision. The year and ministry live in the address.
import { useEffect, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request, type ApiError } from '../api';
import { AwardProgramsDocument, type AwardProgramsQuery, type ViewerQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { fiscalYearOf, formatTime } from '../jst';
import { Link, navigate, paths } from '../router';
import { Select, type Option } from '../ui/controls';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { Window } from './parts';

type Viewer = ViewerQuery['viewer'];
type Program = NonNullable<AwardProgramsQuery['awardPrograms']>[number];

/** The year and ministry that the address asks for; the ministry is '' for every ministry (the
 * secretariat only). */
export function programsWant(v: Viewer, q: URLSearchParams): { fy: number; code: string; any: boolean } {
  const any = v.roles.some((r) => r.ministry === null);
  const fy = Number(q.get('fy'));
  const asked = q.get('ministry') ?? '';
  const known = v.awardMinistries.some((m) => m.code === asked);
  return {
    fy: Number.isInteger(fy) && fy >= 1989 && fy <= 2200 ? fy : fiscalYearOf(),
    code: known ? asked : any ? '' : (v.awardMinistries[0]?.code ?? ''),
    any,
  };
}

function listPath(fy: number, code: string): string {
  const q = new URLSearchParams({ fy: String(fy) });
  if (code) q.set('ministry', code);
  return `${paths.awards}?${q}`;
}

export function AwardPrograms(props: { viewer: Viewer; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const want = programsWant(props.viewer, props.query);
  const key = listPath(want.fy, want.code);
  const [loaded, setLoaded] = useState<{ key: string; data: AwardProgramsQuery } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState({ fy: want.fy, code: want.code });

  useEffect(() => {
    let live = true;
    setError(null);
    setDraft({ fy: want.fy, code: want.code });
    request(AwardProgramsDocument, { fy: want.fy, code: want.code, all: want.code === '' })
      .then((d) => live && setLoaded({ key, data: d }))
      .catch((err) => live && setError(apiErrors(err)[0]));
    return () => {
      live = false;
    };
  }, [key]);

  const data = loaded?.key === key ? loaded.data : null;
  const programs: Program[] = data ? (want.code === '' ? (data.awardPrograms ?? []) : (data.ministry?.awardPrograms ?? [])) : [];
  const campaigns = loaded?.data.campaigns ?? [];
  const campaign = campaigns.find((c) => c.fiscalYear === want.fy);
  const years: Option[] = campaigns.map((c) => ({ value: String(c.fiscalYear), label: t('awards.fiscalYearOption', { era: c.eraName, year: c.fiscalYear }) }));
  if (!years.some((y) => y.value === String(draft.fy))) years.unshift({ value: String(draft.fy), label: String(draft.fy) });
  const ministries = props.viewer.awardMinistries;

  return (
    <Page title={t('awards.title')} error={error !== null}>
      <p>{t('awards.intro')}</p>
      <p>
        <Link href={paths.newAward} class="button button-primary">
          {t('awards.create')}
        </Link>
      </p>
      <form role="search" aria-label={t('awards.choose')} class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(listPath(draft.fy, draft.code));
        }}>
        <div class="filters-grid">
          <Select id="fy" label={t('awards.fiscalYear')} value={String(draft.fy)} options={years} onChange={(v) => setDraft({ ...draft, fy: Number(v) })} />
          {(want.any || ministries.length > 1) && (
            <Select id="ministry" label={t('awards.ministry')} value={draft.code} placeholder={want.any ? t('awards.allMinistries') : undefined}
              options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} onChange={(v) => setDraft({ ...draft, code: v })} />
          )}
        </div>
        <div class="button-group">
          <button type="submit" class="button button-secondary">
            {t('awards.show')}
          </button>
        </div>
      </form>
      {error && <p class="error-text" role="alert">{errorMessage(error, t)}</p>}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && programs.length === 0 && <p>{t('awards.none', { year: campaign ? `${campaign.eraName}（${campaign.fiscalYear}）` : String(want.fy) })}</p>}
      {data && programs.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="awards-caption" tabIndex={0}>
          <table class="table">
            <caption id="awards-caption" class="table-caption">
              {t('awards.caption', { year: campaign ? campaign.eraName : String(want.fy) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('awards.colName')}</th>
                <th scope="col">{t('awards.colMinistry')}</th>
                <th scope="col">{t('awards.colWindow')}</th>
                <th scope="col">{t('awards.colAnnounced')}</th>
                <th scope="col" class="num">{t('awards.colEntries')}</th>
                <th scope="col" class="num">{t('awards.colUndecided')}</th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={paths.award(p.id)}>{inLang(lang, p.name)}</Link>
                  </th>
                  <td>{inLang(lang, p.ministry.name)}</td>
                  <td>
                    <Window program={p} />
                  </td>
                  <td>
                    {p.announcedAt ? <span class="tag tag-published">{t('awards.announcedAt', { at: formatTime(lang, p.announcedAt) })}</span>
                      : <span class="tag tag-draft">{t('awards.notAnnounced')}</span>}
                  </td>
                  <td class="num">{p.entries ? count(lang, p.entries.totalCount) : '—'}</td>
                  <td class="num">{p.undecided ? count(lang, p.undecided.totalCount) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
