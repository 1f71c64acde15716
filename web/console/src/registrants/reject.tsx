// The check before rejecting a registration: what will happen (it is not, or no longer, on the
// public list; it can be approved later), the reason (required, up to 1,000 characters; checked
// again by the server), then the button that does it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { RegistrantDocument, RejectRegistrantDocument } from '../gql/graphql';
import { useLang } from '../i18n';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { TextArea } from '../ui/controls';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, byField, shown } from '../ui/form';
import { Page } from '../ui/page';

const maxReason = 1000;

export function RejectRegistrant(props: { id: string }) {
  const { t, lang } = useLang();
  const [name, setName] = useState<string | null | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) =>
    setProblems(
      apiErrors(err).map((a) =>
        a.field === 'reason' ? { field: 'reason', say: (t) => t('reject.reasonTooLong') } : { say: (t) => errorMessage(a, t) },
      ),
    );
  useEffect(() => {
    request(RegistrantDocument, { id: props.id, full: false }).then(
      (d) => setName(d.registrant ? (d.registrant.name ?? '') : null),
      fail,
    );
  }, [props.id]);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  if (name === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (name === null) return <NotFound />;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const text = reason.trim();
    if (text === '') {
      setProblems([{ field: 'reason', say: (t) => t('reject.reasonMissing') }]);
      return;
    }
    setBusy(true);
    try {
      await request(RejectRegistrantDocument, { id: props.id, reason: text });
      setFlash('registrant.rejected');
      navigate(paths.registrants);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };
  const fieldErrors = byField(errors);
  return (
    <Page title={t('reject.title')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <h2>{t('reject.what')}</h2>
      <ul class="list">
        <li>{t('reject.leaves', { name: name ?? '' })}</li>
        <li>{t('reject.later')}</li>
      </ul>
      <form onSubmit={submit} noValidate>
        <TextArea id="reason" label={t('reject.reason')} hint={t('reject.reasonHint')} value={reason} onInput={setReason}
          error={fieldErrors.reason} maxLength={maxReason} />
        <div class="button-group">
          <button type="submit" class="button button-warning" aria-disabled={busy ? 'true' : undefined}>
            {t('reject.submit')}
          </button>
          <Link href={paths.registrant(props.id)}>{t('confirm.back')}</Link>
        </div>
      </form>
    </Page>
  );
}
