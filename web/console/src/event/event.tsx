// An event's screen: where it stands (status, hosts, seats and waitlist), the way to publish or
// cancel it, and its details: the form for the host's staff who may edit it, read-only for anyone
// else. The form saves with the version it read; a CONFLICT shows what changed (conflict.tsx). An
// event the viewer may not see is "not found", with nothing of it shown.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { changes, describe } from '../eventform/describe';
import { EventForm } from '../eventform/form';
import { apiProblems, merge, toInput, valuesOf, type FormValues } from '../eventform/values';
import { EventDocument, EventRightsDocument, UpdateEventDocument, type EventFieldsFragment, type EventQuery, type EventRightsQuery } from '../gql/graphql';
import { useLang, type MessageKey } from '../i18n';
import { NotFound } from '../notfound/notfound';
import { Link, eventPath, paths } from '../router';
import { takeFlash } from '../ui/flash';
import { ErrorSummary, Notice, byField, shown, type Problem } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';
import { ConflictPanel } from './conflict';
import { EventView } from './view';

type Rights = EventRightsQuery['viewer'];
type Ministries = EventQuery['ministries'];

/** Loads an event and what the viewer may do with it: null when the viewer may not see it. */
async function load(id: string): Promise<{ event: EventFieldsFragment; ministries: Ministries; rights: Rights } | null> {
  // A staff member of another ministry reads a published event without its stream link: that
  // field alone is FORBIDDEN (partial), the rest arrives.
  const data = await request(EventDocument, { id }, { partial: true });
  if (!data.event) return null;
  const rights = await request(EventRightsDocument, { host: data.event.host.code });
  return { event: data.event, ministries: data.ministries, rights: rights.viewer };
}

const editable = (e: EventFieldsFragment) => e.status === 'DRAFT' || e.status === 'PUBLISHED';

export function EventScreen(props: { id: string }) {
  const { t, lang } = useLang();
  const [state, setState] = useState<{ event: EventFieldsFragment; ministries: Ministries; rights: Rights } | null | undefined>(undefined);
  const [failed, setFailed] = useState<Problem | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  // A notice left by the screen before (created, published, cancelled) is read out with the screen;
  // one of this screen's own (saved) takes the focus, as the form that caused it is far below.
  const [notice, setNotice] = useState<{ key: MessageKey; focus: boolean } | null>(() => {
    const key = takeFlash();
    return key && { key, focus: false };
  });
  const [latest, setLatest] = useState<EventFieldsFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLHeadingElement>(null);
  // The same errors are the same array until they or the language change: the summary takes the
  // focus when they change, and must not take it back at every keystroke.
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  useEffect(() => {
    load(props.id).then(
      (s) => {
        setState(s);
        if (s) setValues(valuesOf(s.event));
      },
      (err) => setFailed({ say: (t) => errorMessage(apiErrors(err)[0], t) }),
    );
  }, [props.id]);

  if (failed) return <Page title={t('errors.internal')} error><p>{failed.say(t)}</p></Page>;
  if (state === undefined || (state && !values)) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (state === null) return <NotFound />;

  const { event, ministries, rights } = state;
  const canEdit = rights.canEdit && editable(event);
  // The staff of the host and of the co-hosts read the applications alike.
  const readsApplications = rights.readsApplications.some(
    (m) => m.code === event.host.code || event.coHosts.some((c) => c.code === m.code),
  );

  const save = async () => {
    if (busy || !values) return;
    const { input, errors: found } = toInput(values);
    setNotice(null);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    setBusy(true);
    try {
      const data = await request(UpdateEventDocument, { id: event.id, input, expectedVersion: event.version }, { partial: true });
      setState({ ...state, event: data.updateEvent.event });
      setValues(valuesOf(data.updateEvent.event));
      setProblems([]);
      setNotice({ key: 'event.saved', focus: true });
    } catch (err) {
      const first = apiErrors(err)[0];
      if (first.code === 'CONFLICT') {
        const now = await load(event.id).catch(() => null);
        if (now) {
          setProblems([]);
          setLatest(now.event);
          return;
        }
      }
      setProblems(apiProblems(apiErrors(err), event.seatsTaken));
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    if (!latest) return;
    setState({ ...state, event: latest });
    setValues(valuesOf(latest));
    setLatest(null);
    details.current?.focus();
  };
  const keepEditing = () => {
    if (!latest || !values) return;
    setValues(merge(valuesOf(event), values, valuesOf(latest)));
    setState({ ...state, event: latest });
    setLatest(null);
    details.current?.focus();
  };

  const title = inLang(lang, event.title);
  const described = describe(event, lang, t, ministries);
  const field = (id: string) => described.find((d) => d.id === id)?.value ?? '';
  const actions = [
    rights.canPublish && event.status === 'DRAFT' && (
      <Link href={eventPath(event.id, 'publish')} class="button button-primary" key="publish">
        {t('event.publish')}
      </Link>
    ),
    rights.canCancel && editable(event) && (
      <Link href={eventPath(event.id, 'cancel')} class="button button-warning-secondary" key="cancel">
        {t('event.cancel')}
      </Link>
    ),
  ].filter(Boolean);

  return (
    <Page title={title} error={errors.length > 0 || latest !== null}>
      <p>
        <Link href={`${paths.events}?fy=${event.campaign.fiscalYear}`}>{t('event.backToList')}</Link>
      </p>
      {notice && <Notice message={t(notice.key)} focus={notice.focus} />}
      {latest && (
        <ConflictPanel from={event.version} to={latest.version} onReload={reload} onKeep={keepEditing}
          changes={changes(described, describe(latest, lang, t, ministries))}
          locked={editable(latest) ? null : t('conflict.locked', { status: t(`status.${latest.status}`) })} />
      )}
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>{t('event.status')}</dt>
          <dd>
            <span class={`tag tag-${event.status.toLowerCase()}`}>{t(`status.${event.status}`)}</span>
          </dd>
        </div>
        {(['fiscalYear', 'host', 'coHosts'] as const).map((id) => (
          <div key={id}>
            <dt>{described.find((d) => d.id === id)!.label}</dt>
            <dd>{field(id)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t('event.applications')}</h2>
        <dl class="summary-list">
          <div>
            <dt>{t('event.seatsTaken')}</dt>
            <dd>
              {event.capacity === null
                ? t('event.seatsNoLimit', { taken: count(lang, event.seatsTaken) })
                : t('event.seatsOf', { taken: count(lang, event.seatsTaken), capacity: count(lang, event.capacity) })}
            </dd>
          </div>
          <div>
            <dt>{t('event.waitlist')}</dt>
            <dd>{t('form.people', { n: count(lang, event.waitlistLength) })}</dd>
          </div>
        </dl>
        {readsApplications && (
          <div class="button-group">
            <Link href={paths.applications(event.id)} class="button button-secondary">
              {t('event.openApplications')}
            </Link>
            {rights.canCheckIn && (
              <Link href={paths.door(event.id)} class="button button-secondary">
                {t('event.openDoor')}
              </Link>
            )}
          </div>
        )}
      </section>
      {actions.length > 0 && (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('event.actions')}</h2>
          <div class="button-group">{actions}</div>
        </section>
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading" tabIndex={-1} ref={details}>
          {t('event.details')}
        </h2>
        {canEdit && values ? (
          <EventForm values={values} onChange={setValues} errors={byField(errors)} ministries={ministries}
            submitLabel={busy ? t('event.saving') : t('event.save')} busy={busy} onSubmit={save} headingLevel={3} />
        ) : (
          <>
            <p>{editable(event) ? t('event.readOnly') : t('event.locked', { status: t(`status.${event.status}`) })}</p>
            <EventView fields={described} />
          </>
        )}
      </section>
    </Page>
  );
}
