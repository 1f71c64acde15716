// Deciding an award entry: what the entry is (the summary and the contact email only when the
// viewer's role reads them), then the decision (shortlist, award, not award) with the panel's
// citation. Once the program is announced, or for a role that may not decide, the entry is only
// read.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiError, apiErrors, errorMessage, hasErrorAt, request, requestPartial } from '../api';
import {
  type AwardDecision,
  AwardEntryToDecideDocument,
  type AwardEntryToDecideQuery,
  AwardPermissionsDocument,
  DecideAwardEntryDocument,
} from '../gql/graphql';
import { type MessageKey, useLang } from '../i18n';
import { formatTime } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { Radios, TextArea } from '../ui/controls';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, byField, shown } from '../ui/form';
import { Page } from '../ui/page';
import { inLang } from '../ui/text';
import { EntryStatus, NotShown } from './parts';

type Entry = Extract<NonNullable<AwardEntryToDecideQuery['node']>, { program: unknown }>;

const decisions: AwardDecision[] = ['SHORTLIST', 'AWARD', 'NOT_AWARD'];

/** The decision that gave an entry its status, if any. */
function decisionOf(status: string): AwardDecision | '' {
  return status === 'SHORTLISTED' ? 'SHORTLIST' : status === 'AWARDED' ? 'AWARD' : status === 'NOT_AWARDED' ? 'NOT_AWARD' : '';
}

const fieldMessages: Record<string, MessageKey> = { decision: 'decide.decisionRequired', citation: 'decide.citationTooLong' };

type Loaded = { entry: Entry; errors: ApiError[]; canDecide: boolean };

export function DecideEntry(props: { id: string }) {
  const { t, lang } = useLang();
  const [loaded, setLoaded] = useState<Loaded | 'loading' | 'notFound' | ApiError[]>('loading');
  const [decision, setDecision] = useState<AwardDecision | ''>('');
  const [citation, setCitation] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  useEffect(() => {
    let live = true;
    requestPartial(AwardEntryToDecideDocument, { id: props.id })
      .then(async ({ data, errors }) => {
        const node = data.node;
        if (!node || !('program' in node) || !node.program) return live && setLoaded('notFound');
        const failed = errors.filter((e) => !(e.code === 'FORBIDDEN' && (hasErrorAt([e], 'summary') || hasErrorAt([e], 'contactEmail'))));
        if (failed.length > 0) return live && setLoaded(failed);
        const entry = node as Entry;
        const may = (await request(AwardPermissionsDocument, { code: entry.program.ministry.code })).viewer;
        if (!live) return;
        setDecision(decisionOf(entry.status));
        setCitation(entry.citation ?? '');
        setLoaded({ entry, errors, canDecide: may.canDecide });
      })
      .catch((err) => live && setLoaded(apiErrors(err)));
    return () => {
      live = false;
    };
  }, [props.id]);

  if (loaded === 'loading') return <p class="loading" role="status">{t('app.loading')}</p>;
  if (loaded === 'notFound') return <NotFound />;
  if (Array.isArray(loaded)) {
    return (
      <Page title={t('decide.title')} error>
        <ErrorSummary errors={loaded.map((e) => ({ message: errorMessage(e, t) }))} />
      </Page>
    );
  }
  const { entry: e, canDecide } = loaded;
  const program = e.program;
  const open = canDecide && !program.announcedAt && e.status !== 'WITHDRAWN';
  const back = paths.award(program.id);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const found: Problem[] = [];
    if (!decision) found.push({ field: 'decision', say: (t) => t('decide.decisionRequired') });
    if ([...citation].length > 2000) found.push({ field: 'citation', say: (t) => t('decide.citationTooLong') });
    setProblems(found);
    if (found.length > 0 || !decision) return;
    setBusy(true);
    try {
      await request(DecideAwardEntryDocument, { id: e.id, decision, citation: citation.trim() || null });
      setFlash('decide.done');
      navigate(back);
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({
        field: a.field && fieldMessages[a.field] ? a.field : undefined,
        say: (t) => (a.code === 'CONFLICT' ? t('decide.conflict') : errorMessage(a, t, (f) => fieldMessages[f] && t(fieldMessages[f]))),
      })));
      setBusy(false);
    }
  };

  const at = byField(errors);
  return (
    <Page title={open ? t('decide.title') : t('decide.readTitle')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <dl class="summary-list">
        <div>
          <dt>{t('decide.program')}</dt>
          <dd>{inLang(lang, program.name)}</dd>
        </div>
        <div>
          <dt>{t('program.colEntrant')}</dt>
          <dd>{e.registrant.name ?? <NotShown why="unlisted" />}</dd>
        </div>
        <div>
          <dt>{t('program.colSubmitted')}</dt>
          <dd>{formatTime(lang, e.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('program.colStatus')}</dt>
          <dd>
            <EntryStatus status={e.status} />
          </dd>
        </div>
        <div>
          <dt>{t('decide.summary')}</dt>
          <dd class="pre">{e.summary ?? <NotShown why="role" />}</dd>
        </div>
        <div>
          <dt>{t('program.colContact')}</dt>
          <dd>{e.contactEmail ?? <NotShown why="role" />}</dd>
        </div>
        {!open && (
          <div>
            <dt>{t('program.colCitation')}</dt>
            <dd class="pre">{e.citation ?? '—'}</dd>
          </div>
        )}
      </dl>
      {open ? (
        <form onSubmit={submit} noValidate>
          <Radios id="decision" label={t('decide.decision')} value={decision} error={at.decision} hint={t('decide.decisionHint')}
            options={decisions.map((d) => ({ value: d, label: t(`decision.${d}`) }))} onChange={(v) => setDecision(v as AwardDecision)} />
          <TextArea id="citation" label={t('decide.citation')} value={citation} onInput={setCitation} error={at.citation}
            hint={t('decide.citationHint')} maxLength={2000} rows={6} optional />
          <div class="button-group">
            <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
              {t('decide.submit')}
            </button>
            <Link href={back}>{t('decide.back')}</Link>
          </div>
        </form>
      ) : (
        <>
          <p>{t(program.announcedAt ? 'decide.announced' : e.status === 'WITHDRAWN' ? 'decide.withdrawn' : 'decide.notYours')}</p>
          <p>
            <Link href={back}>{t('decide.back')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
