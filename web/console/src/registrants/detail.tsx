// A registrant: what the public list shows of it for everyone; for the secretariat also the
// survey, the reading of its name, its prefecture and its contact, and the review: approve at once
// (it can be undone by rejecting), or reject after a check that asks for the reason (reject.tsx).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { ApproveRegistrantDocument, RegistrantDocument, type RegistrantQuery, type ViewerQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, shown } from '../ui/form';
import { Page } from '../ui/page';
import { count } from '../ui/text';

type Registrant = NonNullable<RegistrantQuery['registrant']>;

export function RegistrantScreen(props: { viewer: ViewerQuery['viewer']; id: string }) {
  const { t, lang } = useLang();
  const full = props.viewer.registrantsPersonal;
  const [r, setR] = useState<Registrant | null | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) => setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) })));
  useEffect(() => {
    request(RegistrantDocument, { id: props.id, full }).then((d) => setR(d.registrant ?? null), fail);
  }, [props.id]);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  if (r === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (r === null) return <NotFound />;
  if (!r) {
    return (
      <Page title={t('registrants.title')} error>
        <ErrorSummary errors={errors} />
      </Page>
    );
  }
  const approve = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await request(ApproveRegistrantDocument, { id: r.id });
      setFlash('registrant.approved');
      navigate(paths.registrants);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };
  const yesNo = (b: boolean | null | undefined) => (b == null ? t('registrant.unanswered') : b ? t('registrant.yes') : t('registrant.no'));
  const people = (n: number | null | undefined) => (n == null ? t('registrant.unanswered') : t('registrant.people', { n: count(lang, n) }));
  const name = r.name ?? t('registrants.noName');
  const rows: [string, string][] = [
    [t('registrant.campaign'), t('registrants.fiscalYearOption', { era: r.campaign.eraName, year: r.campaign.fiscalYear })],
    [t('registrants.status'), t(`registrantStatus.${r.status}`)],
    [t('registrants.registeredAt'), formatTime(lang, r.registeredAt)],
    [t('registrants.kind'), t(`registrantKind.${r.kind}`)],
    [t('registrants.industry'), r.industry ?? '—'],
    [t('registrants.activity'), r.activities.map((a) => t(`activity.${a}`)).join('、')],
    [t('registrant.publishName'), yesNo(r.publishName)],
  ];
  if (full) {
    rows.splice(3, 0, [t('registrant.nameKana'), r.nameKana ?? '—']);
    rows.push(
      [t('registrants.prefecture'), r.prefecture ? t(`prefecture.${r.prefecture}`) : '—'],
      [t('registrant.employeeCount'), people(r.employeeCount)],
      [t('registrant.teleworkerCount'), people(r.teleworkerCount)],
      [t('registrant.teleworkIntroduced'), yesNo(r.teleworkIntroduced)],
    );
  }
  return (
    <Page title={t('registrant.title', { name })} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {r.contact && (
        <>
          <h2>{t('registrant.contact')}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t('registrant.contactName')}</dt>
              <dd>{r.contact.name}</dd>
            </div>
            <div>
              <dt>{t('registrant.contactEmail')}</dt>
              <dd class="break">{r.contact.email}</dd>
            </div>
            <div>
              <dt>{t('registrant.contactPhone')}</dt>
              <dd>{r.contact.phone ?? '—'}</dd>
            </div>
          </dl>
        </>
      )}
      {props.viewer.registrantsApprove && (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t('registrant.decide')}</h2>
          {r.status === 'WITHDRAWN' ? (
            <p>{t('registrant.withdrawn')}</p>
          ) : (
            <form onSubmit={approve}>
              {r.status !== 'APPROVED' && <p class="field-hint">{t('registrant.approveHint')}</p>}
              <div class="button-group">
                {r.status !== 'APPROVED' && (
                  <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
                    {t('registrant.approve')}
                  </button>
                )}
                <Link href={paths.rejectRegistrant(r.id)} class="button button-secondary">
                  {t('registrant.reject')}
                </Link>
              </div>
            </form>
          )}
        </section>
      )}
      <p>
        <Link href={paths.registrants}>{t('registrant.back')}</Link>
      </p>
    </Page>
  );
}
