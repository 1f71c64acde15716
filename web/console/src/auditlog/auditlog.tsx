// The audit log: the entries of the ministries whose log the person may read (a ministry admin its
// own ministry's, the secretariat every one, with a choice of ministry), filtered by who acted, the
// kind of record and the days (Japan's calendar, both days included), 50 a page newest first
// (keyset paging, the cursors of the pages before kept in the address), each entry with what
// changed field by field (personal data arrives masked, ***, as the API masks it); the CSV of the
// same filter.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, request } from '../api';
import { AuditLogDocument, type AuditLogQuery, type ViewerQuery } from '../gql/graphql';
import { type MessageKey, useLang } from '../i18n';
import { dayStart, formatTime } from '../jst';
import { Link, navigate, paths } from '../router';
import { Select } from '../ui/controls';
import { ErrorSummary, type FieldError, TextField, byField } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { changes } from './changes';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

/** The kinds of record the log can be filtered by, as the API names them, with their labels. */
const kinds: Record<string, MessageKey> = {
  Event: 'audit.kind.Event',
  EventApplication: 'audit.kind.EventApplication',
  AwardProgram: 'audit.kind.AwardProgram',
  AwardEntry: 'audit.kind.AwardEntry',
  Registrant: 'audit.kind.Registrant',
  User: 'audit.kind.User',
  Session: 'audit.kind.Session',
  ApiKey: 'audit.kind.ApiKey',
  AuditLog: 'audit.kind.AuditLog',
};

/** What the address asks for: the filter (days as YYYY-MM-DD) and the page. */
type Want = { ministry: string; who: string; kind: string; from: string; to: string; after?: string; prev: string[] };

function wantOf(q: URLSearchParams): Want {
  const kind = q.get('kind') ?? '';
  return {
    ministry: q.get('ministry') ?? '',
    who: q.get('who') ?? '',
    kind: kind in kinds ? kind : '',
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    after: q.get('after') || undefined,
    prev: q.getAll('prev'),
  };
}

function addressOf(w: Want): string {
  const q = new URLSearchParams();
  for (const k of ['ministry', 'who', 'kind', 'from', 'to'] as const) if (w[k]) q.set(k, w[k]);
  if (w.after) q.set('after', w.after);
  for (const p of w.prev) q.append('prev', p);
  const s = q.toString();
  return paths.auditLog + (s ? `?${s}` : '');
}

/** The API's arguments for a filter: the days as the start of the first and the day after the last. */
function argumentsOf(w: Want) {
  return {
    ministryCode: w.ministry || null,
    filter: {
      actorEmail: w.who || null,
      objectType: w.kind || null,
      since: w.from ? dayStart(w.from) : null,
      until: w.to ? dayStart(w.to, 1) : null,
    },
  };
}

/** The export of the same filter. */
function csvPath(w: Want): string {
  const a = argumentsOf(w);
  const q = new URLSearchParams();
  if (a.ministryCode) q.set('ministryCode', a.ministryCode);
  for (const [k, v] of Object.entries(a.filter)) if (v) q.set(k, v);
  const s = q.toString();
  return '/admin/export/audit.csv' + (s ? `?${s}` : '');
}

// The form's fields by the API's field names.
const fieldOf: Record<string, string> = { 'filter.actorEmail': 'who', 'filter.objectType': 'kind', 'filter.until': 'to', 'filter.since': 'from' };
const fieldMessages: Record<string, MessageKey> = { who: 'audit.whoInvalid', kind: 'audit.kindInvalid', to: 'audit.toBeforeFrom', from: 'audit.dateInvalid' };

export function AuditLog(props: { viewer: ViewerQuery['viewer']; query: URLSearchParams }) {
  const { t, lang } = useLang();
  const want = wantOf(props.query);
  const key = addressOf(want);
  const [data, setData] = useState<AuditLogQuery | ApiError[] | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    if (want.from && want.to && want.to < want.from) {
      setData([{ code: 'BAD_USER_INPUT', field: 'filter.until', message: '' }]);
      return;
    }
    request(AuditLogDocument, { ...argumentsOf(want), after: want.after ?? null }).then(
      (d) => live && setData(d),
      (err) => live && setData(apiErrors(err)),
    );
    return () => {
      live = false;
    };
  }, [key]);

  // Made again only when the answer or the language changes: the summary takes the focus each
  // time its errors change.
  const errors: FieldError[] = useMemo(
    () =>
      (Array.isArray(data) ? data : []).map((e) => {
        const field = e.field && fieldOf[e.field];
        return { field, message: field ? t(fieldMessages[field]) : errorMessage(e, t) };
      }),
    [data, lang],
  );
  return (
    <Page title={t('audit.title')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <Filter viewer={props.viewer} want={want} errors={byField(errors)} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t('audit.entries')}</h2>
        {data === null && <p class="loading" role="status">{t('app.loading')}</p>}
        {data && !Array.isArray(data) && (
          <>
            <p>{t('audit.total', { count: count(lang, data.auditLog.totalCount) })}</p>
            <p class="field-hint">{t('audit.masked')}</p>
            <Entries entries={data.auditLog.edges.map((e) => e.node)} />
            <Paging want={want} next={data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor ?? null : null} />
            <p>
              <a href={csvPath(want)} download>
                {t('audit.csv')}
              </a>
              <span class="field-hint"> {t('audit.csvHint')}</span>
            </p>
          </>
        )}
      </section>
    </Page>
  );
}

function Filter(props: { viewer: ViewerQuery['viewer']; want: Want; errors: Record<string, string> }) {
  const { t, lang } = useLang();
  const [f, setF] = useState(props.want);
  const set = (k: keyof Want) => (v: string) => setF({ ...f, [k]: v });
  const ministries = props.viewer.auditLogMinistries;
  const submit = (e: Event) => {
    e.preventDefault();
    // A new filter starts again at the first page.
    navigate(addressOf({ ...f, who: f.who.trim(), after: undefined, prev: [] }));
  };
  return (
    <form class="filter" role="search" aria-labelledby="filter-heading" onSubmit={submit} noValidate>
      <h2 id="filter-heading">{t('audit.filter')}</h2>
      {ministries.length > 1 && (
        <Select id="ministry" label={t('audit.ministry')} value={f.ministry} onChange={set('ministry')}
          placeholder={t('audit.allMinistries')} options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} />
      )}
      <TextField id="who" label={t('audit.who')} type="email" value={f.who} onInput={set('who')} hint={t('audit.whoHint')}
        error={props.errors.who} autocomplete="off" maxLength={254} />
      <Select id="kind" label={t('audit.kind')} value={f.kind} onChange={set('kind')} placeholder={t('audit.allKinds')}
        error={props.errors.kind} options={Object.entries(kinds).map(([value, label]) => ({ value, label: t(label) }))} />
      <div class="date-range">
        <TextField id="from" label={t('audit.from')} type="date" width="medium" value={f.from} onInput={set('from')} error={props.errors.from} />
        <TextField id="to" label={t('audit.to')} type="date" width="medium" value={f.to} onInput={set('to')} error={props.errors.to} />
      </div>
      <button type="submit" class="button button-secondary">
        {t('audit.submit')}
      </button>
    </form>
  );
}

function Entries(props: { entries: Entry[] }) {
  const { t } = useLang();
  if (props.entries.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <div class="table-scroll" role="region" aria-label={t('audit.tableRegion')} tabIndex={0}>
      <table class="table audit-table">
        <caption class="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.colWho')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.ministry')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <Row key={e.id} e={e} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row(props: { e: Entry }) {
  const { t, lang } = useLang();
  const e = props.e;
  const kind = kinds[e.objectType];
  const diff = changes(e.before ?? null, e.after ?? null);
  return (
    <tr>
      <th scope="row" class="nowrap">
        {formatTime(lang, e.at)}
      </th>
      <td class="break">{e.actorEmail ?? actorLabel(e.actor, t)}</td>
      <td>
        <code>{e.action}</code>
      </td>
      <td>
        {kind ? t(kind) : e.objectType} <span class="reference">#{e.objectId}</span>
      </td>
      <td>{e.ministry ? inLang(lang, e.ministry.name) : '—'}</td>
      <td>
        {diff.length === 0 ? (
          '—'
        ) : (
          <ul class="changes">
            {diff.map((c) => (
              <li key={c.field}>
                <span class="change-field">{c.field}</span>:{' '}
                {c.before !== undefined && c.after !== undefined
                  ? t('audit.changed', { before: c.before, after: c.after })
                  : (c.after ?? t('audit.removed', { before: c.before ?? '' }))}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** Who acted, when not a staff account: a registrant, an applicant, a partner key or nobody. */
function actorLabel(actor: string, t: (k: MessageKey, v?: Record<string, string>) => string): string {
  const [kind, id] = actor.split(':');
  switch (kind) {
    case 'registrant':
      return t('audit.actor.registrant', { id });
    case 'application':
      return t('audit.actor.application', { id });
    case 'api_key':
      return t('audit.actor.apiKey', { id });
    case 'anonymous':
      return t('audit.actor.anonymous');
    default:
      return actor;
  }
}

function Paging(props: { want: Want; next: string | null }) {
  const { t } = useLang();
  const { want } = props;
  const hasPrev = want.prev.length > 0;
  if (!hasPrev && !props.next) return null;
  const prev = { ...want, after: want.prev[want.prev.length - 1] || undefined, prev: want.prev.slice(0, -1) };
  const next = { ...want, after: props.next ?? undefined, prev: [...want.prev, want.after ?? ''] };
  return (
    <nav class="paging" aria-label={t('audit.pages')}>
      {hasPrev && <Link href={addressOf(prev)}>{t('applications.previous')}</Link>}
      {props.next && <Link href={addressOf(next)}>{t('applications.next')}</Link>}
    </nav>
  );
}
