// The check before announcing a program's results: exactly what becomes public, as the public will
// read it (each winner's name only where the registrant consented to be listed, its award and the
// panel's citation; never a summary or a contact email), what else changes, then 発表する.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, request } from '../api';
import { AnnounceAwardProgramDocument, AwardAnnouncementDocument, type AwardAnnouncementQuery } from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, shown } from '../ui/form';
import { Page } from '../ui/page';
import { count, inLang } from '../ui/text';

type Program = NonNullable<AwardAnnouncementQuery['awardProgram']>;
type Winner = NonNullable<Program['awarded']>['edges'][number]['node'];

export function AnnounceAwards(props: { id: string }) {
  const { t, lang } = useLang();
  const [program, setProgram] = useState<Program | null | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  useEffect(() => {
    request(AwardAnnouncementDocument, { id: props.id }).then(
      (d) => setProgram(d.awardProgram),
      (err) => setProblems(apiErrors(err).map((a: ApiError) => ({ say: (t) => errorMessage(a, t) }))),
    );
  }, [props.id]);

  const title = t('announce.title');
  if (program === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (program === null) return <NotFound />;
  if (!program) {
    return (
      <Page title={title} error>
        <ErrorSummary errors={errors} />
      </Page>
    );
  }
  const back = paths.award(program.id);
  const awarded = program.awarded?.edges.map((e) => e.node) ?? [];
  const shortlisted = program.shortlisted?.edges.map((e) => e.node) ?? [];
  const undecided = program.undecided?.totalCount ?? 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await request(AnnounceAwardProgramDocument, { id: program.id });
      setFlash('announce.done');
      navigate(back);
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) })));
      setBusy(false);
    }
  };

  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p class="lead">{inLang(lang, program.name)}</p>
      {program.announcedAt ? (
        <>
          <p>{t('announce.already', { at: formatTime(lang, program.announcedAt) })}</p>
          <p>
            <Link href={back}>{t('decide.back')}</Link>
          </p>
        </>
      ) : (
        <>
          <h2>{t('announce.public')}</h2>
          <p>{t('announce.publicIntro')}</p>
          <WinnerList heading={t('announce.awarded', { n: count(lang, awarded.length) })} winners={awarded} />
          <WinnerList heading={t('announce.shortlisted', { n: count(lang, shortlisted.length) })} winners={shortlisted} />
          <h2>{t('announce.what')}</h2>
          <ul class="list">
            <li>{t('announce.everyone')}</li>
            <li>{t('announce.private')}</li>
            {undecided > 0 && <li>{t('announce.undecided', { n: count(lang, undecided) })}</li>}
            <li>{t('announce.frozen')}</li>
            <li>{t('announce.noUndo')}</li>
          </ul>
          <form onSubmit={submit} class="button-group">
            <button type="submit" class="button button-warning" aria-disabled={busy ? 'true' : undefined}>
              {t('announce.submit')}
            </button>
            <Link href={back}>{t('confirm.back')}</Link>
          </form>
        </>
      )}
    </Page>
  );
}

function WinnerList(props: { heading: string; winners: Winner[] }) {
  const { t } = useLang();
  return (
    <section class="winners">
      <h3>{props.heading}</h3>
      {props.winners.length === 0 ? (
        <p>{t('announce.noneOfThese')}</p>
      ) : (
        <ul class="list">
          {props.winners.map((w) => (
            <li key={w.id}>
              <strong>{w.registrant.publishName && w.registrant.name ? w.registrant.name : t('announce.nameUnlisted')}</strong>
              <br />
              <span class="pre">{w.citation ? t('announce.citation', { text: w.citation }) : t('announce.noCitation')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
