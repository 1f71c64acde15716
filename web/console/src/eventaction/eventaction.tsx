// The check before an irreversible step on an event: publishing it (it becomes public and open for
// applications) or cancelling it (what happens to the people who applied: their applications stay
// as they are, and this system sends them no message, as cancelEvent does neither). The screen
// says what will happen, then the primary action, named for what it does, does it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import {
  CancelEventDocument, EventActionDocument, EventRightsDocument, PublishEventDocument, type EventActionQuery,
} from '../gql/graphql';
import { useLang, type Translate } from '../i18n';
import { formatRange, formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, eventPath, navigate } from '../router';
import { setFlash } from '../ui/flash';
import { ErrorSummary, shown, type Problem } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';

type Action = 'publish' | 'cancel';
type Loaded = NonNullable<EventActionQuery['event']>;

/** The event, when the viewer may see it and may do the action in its host's ministry. */
async function load(id: string, action: Action): Promise<Loaded | null> {
  const data = await request(EventActionDocument, { id }, { partial: true });
  if (!data.event) return null;
  const rights = (await request(EventRightsDocument, { host: data.event.host.code })).viewer;
  return (action === 'publish' ? rights.canPublish : rights.canCancel) ? data.event : null;
}

function publishSays(e: Loaded, t: Translate, lang: 'ja' | 'en'): string[] {
  const open = e.applicationDeadline
    ? t('publish.openDeadline', { deadline: formatTime(lang, e.applicationDeadline) })
    : e.capacity !== null
      ? t('publish.openUntilFull')
      : t('publish.openAlways');
  return [t('publish.public'), open, t('publish.after')];
}

function cancelSays(e: Loaded, t: Translate, lang: 'ja' | 'en'): string[] {
  const n = { confirmed: count(lang, e.confirmed?.totalCount ?? 0), waitlisted: count(lang, e.waitlisted?.totalCount ?? 0) };
  return [
    t(e.status === 'DRAFT' ? 'cancel.publicDraft' : 'cancel.public'),
    t('cancel.noMore'),
    t('cancel.keep', n),
    t('cancel.noMessage'),
    t('cancel.final'),
  ];
}

export function EventAction(props: { id: string; action: Action }) {
  const { t, lang } = useLang();
  const [event, setEvent] = useState<Loaded | null | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const publish = props.action === 'publish';
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  useEffect(() => {
    load(props.id, props.action).then(setEvent, (err) => setProblems(apiErrors(err).slice(0, 1).map((a) => ({ say: (t) => errorMessage(a, t) }))));
  }, [props.id, props.action]);

  const title = t(publish ? 'publish.title' : 'cancel.title');
  if (event === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (event === null) return <NotFound />;
  if (!event) {
    return (
      <Page title={title} error>
        <ErrorSummary errors={errors} />
      </Page>
    );
  }

  const possible = publish ? event.status === 'DRAFT' : event.status === 'DRAFT' || event.status === 'PUBLISHED';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (publish) await request(PublishEventDocument, { id: event.id });
      else await request(CancelEventDocument, { id: event.id });
      setFlash(publish ? 'event.published' : 'event.cancelled');
      navigate(eventPath(event.id));
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) })));
      setBusy(false);
    }
  };

  const status = t(`status.${event.status}`);
  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>{t('events.colTitle')}</dt>
          <dd>{inLang(lang, event.title)}</dd>
        </div>
        <div>
          <dt>{t('events.colDates')}</dt>
          <dd>
            {formatRange(lang, event.startsAt, event.endsAt)}
            {event.tentative && t('time.tentative')}
          </dd>
        </div>
        <div>
          <dt>{t('event.host')}</dt>
          <dd>{inLang(lang, event.host.name)}</dd>
        </div>
        <div>
          <dt>{t('event.status')}</dt>
          <dd>{status}</dd>
        </div>
      </dl>
      {!possible ? (
        <p>{t(publish ? 'publish.notDraft' : 'cancel.notAllowedNow', { status })}</p>
      ) : (
        <>
          {!publish && (
            <p class="lead">
              {t('cancel.applied', { confirmed: count(lang, event.confirmed?.totalCount ?? 0), waitlisted: count(lang, event.waitlisted?.totalCount ?? 0) })}
            </p>
          )}
          <h2>{t(publish ? 'publish.what' : 'cancel.what')}</h2>
          <ul class="list">
            {(publish ? publishSays(event, t, lang) : cancelSays(event, t, lang)).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <form onSubmit={submit} class="button-group">
            <button type="submit" class={publish ? 'button button-primary' : 'button button-warning'} aria-disabled={busy ? 'true' : undefined}>
              {t(publish ? 'publish.submit' : 'cancel.submit')}
            </button>
            <Link href={eventPath(event.id)}>{t('confirm.back')}</Link>
          </form>
        </>
      )}
      {!possible && (
        <p>
          <Link href={eventPath(event.id)}>{t('confirm.back')}</Link>
        </p>
      )}
    </Page>
  );
}
