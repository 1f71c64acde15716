// Creating an event, as a draft, in a ministry where the viewer may create events; then on to the
// event's screen to check it and publish it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { EventForm } from '../eventform/form';
import { apiProblems, blankValues, toCreateInput, type FormValues } from '../eventform/values';
import { CreateEventDocument, EventFormChoicesDocument, type EventFormChoicesQuery, type ViewerQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { fiscalYearOf } from '../jst';
import { eventPath, navigate } from '../router';
import { setFlash } from '../ui/flash';
import { ErrorSummary, byField, shown, type Problem } from '../ui/form';
import { markNavigated, Page } from '../ui/page';

type Viewer = ViewerQuery['viewer'];

export function NewEvent(props: { viewer: Viewer }) {
  const { t, lang } = useLang();
  const hosts = props.viewer.eventCreateMinistries;
  const [choices, setChoices] = useState<EventFormChoicesQuery | null>(null);
  const [values, setValues] = useState<FormValues>(() => blankValues(hosts[0]?.code ?? '', fiscalYearOf()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  useEffect(() => {
    request(EventFormChoicesDocument).then(setChoices, (err) => setProblems([{ say: (t) => errorMessage(apiErrors(err)[0], t) }]));
  }, []);

  if (hosts.length === 0) {
    return (
      <Page title={t('newEvent.title')}>
        <p>{t('newEvent.notAllowed')}</p>
      </Page>
    );
  }

  const submit = async () => {
    if (busy) return;
    const { input, errors: found } = toCreateInput(values);
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    setBusy(true);
    try {
      const data = await request(CreateEventDocument, { input });
      setFlash('newEvent.created');
      markNavigated();
      navigate(eventPath(data.createEvent.event.id));
    } catch (err) {
      setProblems(apiProblems(apiErrors(err), 0));
    } finally {
      setBusy(false);
    }
  };

  const years = (choices?.campaigns ?? []).map((c) => ({
    value: String(c.fiscalYear),
    label: t('events.fiscalYearOption', { era: c.eraName, year: c.fiscalYear }),
  }));
  return (
    <Page title={t('newEvent.title')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p>{t('newEvent.intro')}</p>
      {choices ? (
        <EventForm values={values} onChange={setValues} errors={byField(errors)} ministries={choices.ministries} hosts={hosts}
          years={years} submitLabel={busy ? t('newEvent.submitting') : t('newEvent.submit')} busy={busy} onSubmit={submit}
          headingLevel={2} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </Page>
  );
}
