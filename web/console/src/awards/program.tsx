// An award program: what it is, what the viewer may do with it (edit, announce), and its entries, a
// page of 50 at a time (keyset paging as the applications page: the next page by the API's
// endCursor, the pages before by the cursors kept in the address), filtered by status and searched.
// The contact email and a registrant's name show only when the API answers them: otherwise the cell
// says that the viewer's role does not see it.
import { useEffect, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, hasErrorAt, request, requestPartial } from '../api';
import {
  type AwardEntryStatus,
  AwardPermissionsDocument,
  type AwardPermissionsQuery,
  AwardProgramEntriesDocument,
  type AwardProgramEntriesQuery,
} from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { Select } from '../ui/controls';
import { takeFlash } from '../ui/flash';
import { ErrorSummary, Notice, TextField } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { EntryStatus, NotShown, Window } from './parts';

type Program = NonNullable<AwardProgramEntriesQuery['awardProgram']>;
type Permissions = AwardPermissionsQuery['viewer'];

export const entryStatuses: AwardEntryStatus[] = ['SUBMITTED', 'SHORTLISTED', 'AWARDED', 'NOT_AWARDED', 'WITHDRAWN'];

type Want = { status?: AwardEntryStatus; search: string; after?: string; prev: string[] };

function wantOf(q: URLSearchParams): Want {
  const s = q.get('status') as AwardEntryStatus;
  return { status: entryStatuses.includes(s) ? s : undefined, search: q.get('q') ?? '', after: q.get('after') || undefined, prev: q.getAll('prev') };
}

function addressOf(id: string, w: Want): string {
  const q = new URLSearchParams();
  if (w.status) q.set('status', w.status);
  if (w.search) q.set('q', w.search);
  if (w.after) q.set('after', w.after);
  for (const p of w.prev) q.append('prev', p);
  const s = q.toString();
  return paths.award(id) + (s ? `?${s}` : '');
}

/** The CSV of the entries with the screen's filter. */
function csvPath(id: string, w: Want): string {
  const q = new URLSearchParams();
  if (w.status) q.set('status', w.status);
  if (w.search) q.set('search', w.search);
  const s = q.toString();
  return `/admin/export/award-programs/${encodeURIComponent(id)}/entries.csv${s ? `?${s}` : ''}`;
}

type Loaded = { program: Program; errors: ApiError[]; may: Permissions };

export function AwardProgram(props: { id: string; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const want = wantOf(props.query);
  const key = addressOf(props.id, want);
  const [loaded, setLoaded] = useState<Loaded | 'loading' | 'notFound' | ApiError[]>('loading');
  const [flash] = useState(takeFlash);
  const [draft, setDraft] = useState({ status: want.status ?? '', search: want.search });

  useEffect(() => {
    let live = true;
    setDraft({ status: want.status ?? '', search: want.search });
    requestPartial(AwardProgramEntriesDocument, { id: props.id, status: want.status ?? null, search: want.search || null, after: want.after ?? null })
      .then(async ({ data, errors }) => {
        const program = data.awardProgram;
        if (!program) return live && setLoaded('notFound');
        // Errors other than a field refused to the role (the contact email) fail the screen.
        const failed = errors.filter((e) => !(e.code === 'FORBIDDEN' && hasErrorAt([e], 'contactEmail')));
        if (failed.length > 0) return live && setLoaded(failed);
        const may = (await request(AwardPermissionsDocument, { code: program.ministry.code })).viewer;
        if (live) setLoaded({ program, errors, may });
      })
      .catch((err) => live && setLoaded(apiErrors(err)));
    return () => {
      live = false;
    };
  }, [key]);

  if (loaded === 'loading') return <p class="loading" role="status">{t('app.loading')}</p>;
  if (loaded === 'notFound') return <NotFound />;
  if (Array.isArray(loaded)) {
    return (
      <Page title={t('program.title')} error>
        <ErrorSummary errors={loaded.map((e) => ({ message: e.code === 'BAD_USER_INPUT' && e.field === 'search' ? t('program.searchBad') : errorMessage(e, t) }))} />
        <p>
          <Link href={paths.award(props.id)}>{t('program.clear')}</Link>
        </p>
      </Page>
    );
  }
  const { program: p, may } = loaded;
  const entries = p.entries;
  const emailHidden = hasErrorAt(loaded.errors, 'contactEmail');
  const search = (e: Event) => {
    e.preventDefault();
    navigate(addressOf(p.id, { status: (draft.status || undefined) as AwardEntryStatus | undefined, search: draft.search.trim(), prev: [] }));
  };
  const depth = want.prev.length + (want.after ? 1 : 0);
  return (
    <Page title={inLang(lang, p.name)}>
      {flash && <Notice message={t(flash)} focus />}
      <dl class="summary-list">
        <div>
          <dt>{t('awards.colMinistry')}</dt>
          <dd>{inLang(lang, p.ministry.name)}</dd>
        </div>
        <div>
          <dt>{t('awards.fiscalYear')}</dt>
          <dd>{t('awards.fiscalYearOption', { era: p.campaign.eraName, year: p.campaign.fiscalYear })}</dd>
        </div>
        {p.description && (
          <div>
            <dt>{t('program.description')}</dt>
            <dd class="pre">{inLang(lang, p.description)}</dd>
          </div>
        )}
        <div>
          <dt>{t('awards.colWindow')}</dt>
          <dd>
            <Window program={p} />
          </dd>
        </div>
        <div>
          <dt>{t('awards.colAnnounced')}</dt>
          <dd>{p.announcedAt ? t('awards.announcedAt', { at: formatTime(lang, p.announcedAt) }) : t('awards.notAnnounced')}</dd>
        </div>
        <div>
          <dt>{t('program.ceremony')}</dt>
          <dd>{p.ceremony ? `${inLang(lang, p.ceremony.title)}（${formatTime(lang, p.ceremony.startsAt)}）` : t('program.noCeremony')}</dd>
        </div>
      </dl>
      {(may.canEditProgram || (may.canAnnounce && !p.announcedAt)) && (
        <div class="button-group">
          {may.canEditProgram && (
            <Link href={paths.award(p.id, 'edit')} class="button button-secondary">
              {t('program.edit')}
            </Link>
          )}
          {may.canAnnounce && !p.announcedAt && (
            <Link href={paths.award(p.id, 'announce')} class="button button-secondary">
              {t('program.announce')}
            </Link>
          )}
        </div>
      )}

      <h2 id="entries-title">{t('program.entries')}</h2>
      <form onSubmit={search} role="search" aria-labelledby="entries-title" class="filters">
        <div class="filters-grid">
          <Select id="status" label={t('program.status')} value={draft.status} placeholder={t('program.anyStatus')}
            options={entryStatuses.map((s) => ({ value: s, label: t(`entryStatus.${s}`) }))} onChange={(v) => setDraft({ ...draft, status: v })} />
          <TextField id="q" type="text" label={t('program.search')} value={draft.search} maxLength={100}
            hint={t(emailHidden ? 'program.searchHintNoEmail' : 'program.searchHint')} onInput={(v) => setDraft({ ...draft, search: v })} />
        </div>
        <div class="button-group">
          <button type="submit" class="button button-secondary">
            {t('program.apply')}
          </button>
          <Link href={paths.award(p.id)}>{t('program.clear')}</Link>
        </div>
      </form>
      <p>
        <a href={csvPath(p.id, want)} download>
          {t('program.csv')}
        </a>
      </p>
      {entries && entries.edges.length === 0 && <p>{t('program.noEntries')}</p>}
      {entries && entries.edges.length > 0 && (
        <>
          <div class="table-scroll" role="region" aria-labelledby="entries-caption" tabIndex={0}>
            <table class="table">
              <caption id="entries-caption" class="table-caption">
                {t('program.entriesCaption', { total: count(lang, entries.totalCount) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('program.colEntrant')}</th>
                  <th scope="col">{t('program.colStatus')}</th>
                  <th scope="col">{t('program.colSubmitted')}</th>
                  <th scope="col">{t('program.colContact')}</th>
                  <th scope="col">{t('program.colCitation')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.edges.map(({ node: e }) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link href={paths.awardEntry(e.id)}>
                        {e.registrant.name ?? t('program.entryWithoutName')}
                        {may.canDecide && !p.announcedAt && e.status !== 'WITHDRAWN' && <span class="visually-hidden">{t('program.toDecide')}</span>}
                      </Link>
                      {e.registrant.name === null && (
                        <>
                          {' '}
                          <NotShown why="unlisted" />
                        </>
                      )}
                    </th>
                    <td>
                      <EntryStatus status={e.status} />
                    </td>
                    <td class="nowrap">{formatTime(lang, e.submittedAt)}</td>
                    <td>{e.contactEmail ?? <NotShown why="role" />}</td>
                    <td>{e.citation ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(depth > 0 || entries.pageInfo.hasNextPage) && (
            <nav class="pager" aria-label={t('program.pages')}>
              <ul class="pager-list">
                {depth > 0 && (
                  <li>
                    <Link href={addressOf(p.id, { ...want, after: want.prev.at(-1), prev: want.prev.slice(0, -1) })}>{t('events.prev')}</Link>
                  </li>
                )}
                {entries.pageInfo.hasNextPage && entries.pageInfo.endCursor && (
                  <li>
                    <Link href={addressOf(p.id, { ...want, after: entries.pageInfo.endCursor, prev: want.after ? [...want.prev, want.after] : want.prev })}>
                      {t('events.next')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
      <p>
        <Link href={`${paths.awards}?fy=${p.campaign.fiscalYear}`}>{t('program.back')}</Link>
      </p>
    </Page>
  );
}
