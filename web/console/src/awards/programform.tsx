// Creating and editing an award program: the ministry and fiscal year (when creating), the name and
// description in Japanese and English side by side, the entry window in Japan time, and the award
// ceremony chosen from the ministry's events of that year. An error that the API reports about a
// field (BAD_USER_INPUT naming input.nameJa, input.entryClosesAt…) appears beside that field and in
// the summary at the top. The results are announced from their own page, after a check.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import {
  AwardProgramToEditDocument,
  type AwardProgramFieldsFragment,
  CeremonyChoicesDocument,
  type CeremonyChoicesQuery,
  CreateAwardProgramDocument,
  UpdateAwardProgramDocument,
  type ViewerQuery,
} from '../gql/graphql';
import { type MessageKey, useLang } from '../i18n';
import { fiscalYearOf, formatTime, fromLocalInput, toLocalInput } from '../jst';
import { NotFound } from '../notfound/notfound';
import { Link, navigate, paths } from '../router';
import { Select, TextArea } from '../ui/controls';
import { setFlash } from '../ui/flash';
import { ErrorSummary, type Problem, TextField, byField, shown } from '../ui/form';
import { Page } from '../ui/page';
import { inLang } from '../ui/text';

type Viewer = ViewerQuery['viewer'];

// Messages of the API's errors about the form's fields, by the field it names.
const fieldMessages: Record<string, MessageKey> = {
  'input.fiscalYear': 'programForm.fiscalYearBad',
  'input.ministryCode': 'programForm.ministryBad',
  'input.nameJa': 'programForm.nameJaRequired',
  'input.nameEn': 'programForm.nameEnTooLong',
  'input.descriptionJa': 'programForm.descriptionJaBad',
  'input.descriptionEn': 'programForm.descriptionEnTooLong',
  'input.entryOpensAt': 'programForm.timeBad',
  'input.entryClosesAt': 'programForm.closesAfterOpens',
  'input.ceremonyEventId': 'programForm.ceremonyBad',
};

type Values = {
  fy: number;
  code: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  opensAt: string;
  closesAt: string;
  ceremony: string;
};

function valuesOf(p: AwardProgramFieldsFragment): Values {
  return {
    fy: p.campaign.fiscalYear,
    code: p.ministry.code,
    nameJa: p.name.ja,
    nameEn: p.name.en ?? '',
    descriptionJa: p.description?.ja ?? '',
    descriptionEn: p.description?.en ?? '',
    opensAt: toLocalInput(p.entryOpensAt),
    closesAt: toLocalInput(p.entryClosesAt),
    ceremony: p.ceremony?.id ?? '',
  };
}

/** The checks the API makes too, before sending: the API's messages are the same. */
function check(v: Values): Problem[] {
  const found: Problem[] = [];
  const say = (field: string) => found.push({ field, say: (t) => t(fieldMessages[field]) });
  if (v.nameJa.trim() === '') say('input.nameJa');
  if (v.descriptionJa.trim() === '' && v.descriptionEn.trim() !== '') say('input.descriptionJa');
  if (v.opensAt && !fromLocalInput(v.opensAt)) say('input.entryOpensAt');
  if (v.closesAt && !fromLocalInput(v.closesAt)) found.push({ field: 'input.entryClosesAt', say: (t) => t('programForm.timeBad') });
  const from = fromLocalInput(v.opensAt);
  const to = fromLocalInput(v.closesAt);
  if (from && to && to <= from) say('input.entryClosesAt');
  return found;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function AwardProgramForm(props: { viewer: Viewer; id?: string }) {
  const { t, lang } = useLang();
  const editing = props.id !== undefined;
  const ministries = props.viewer.awardMinistries;
  const [program, setProgram] = useState<AwardProgramFieldsFragment | null | undefined>(editing ? undefined : null);
  const [v, setV] = useState<Values>({
    fy: fiscalYearOf(), code: ministries[0]?.code ?? '', nameJa: '', nameEn: '', descriptionJa: '', descriptionEn: '', opensAt: '', closesAt: '', ceremony: '',
  });
  const [choices, setChoices] = useState<CeremonyChoicesQuery | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  const set = (patch: Partial<Values>) => setV({ ...v, ...patch });

  useEffect(() => {
    if (!props.id) return;
    request(AwardProgramToEditDocument, { id: props.id }).then(
      (d) => {
        setProgram(d.awardProgram);
        if (d.awardProgram) setV(valuesOf(d.awardProgram));
      },
      (err) => setProblems(apiErrors(err).map((a) => ({ say: (t) => errorMessage(a, t) }))),
    );
  }, [props.id]);

  // The ceremony is one of the ministry's events of the program's year: read again when either
  // changes.
  useEffect(() => {
    if (!v.code || (editing && !program)) return;
    let live = true;
    request(CeremonyChoicesDocument, { fy: v.fy, code: v.code }).then((d) => live && setChoices(d), () => live && setChoices(null));
    return () => {
      live = false;
    };
  }, [v.fy, v.code, program]);

  if (editing && program === undefined && errors.length === 0) return <p class="loading" role="status">{t('app.loading')}</p>;
  if (editing && program === null) return <NotFound />;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = check(v);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    const fields = {
      nameJa: v.nameJa.trim(),
      nameEn: orNull(v.nameEn),
      descriptionJa: orNull(v.descriptionJa),
      descriptionEn: orNull(v.descriptionEn),
      entryOpensAt: fromLocalInput(v.opensAt),
      entryClosesAt: fromLocalInput(v.closesAt),
      ceremonyEventId: v.ceremony || null,
    };
    try {
      let id: string;
      if (program) {
        const d = await request(UpdateAwardProgramDocument, { id: program.id, input: fields, expectedVersion: program.version });
        id = d.updateAwardProgram.awardProgram.id;
      } else {
        const d = await request(CreateAwardProgramDocument, { input: { ...fields, fiscalYear: v.fy, ministryCode: v.code } });
        id = d.createAwardProgram.awardProgram.id;
      }
      setFlash(program ? 'programForm.saved' : 'programForm.created');
      navigate(paths.award(id));
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({
        field: a.field && fieldMessages[a.field] ? a.field : undefined,
        say: (t) => (a.code === 'CONFLICT' ? t('programForm.conflict') : errorMessage(a, t, (f) => fieldMessages[f] && t(fieldMessages[f]))),
      })));
      setBusy(false);
    }
  };

  const at = byField(errors);
  const years = (choices?.campaigns ?? []).map((c) => ({ value: String(c.fiscalYear), label: t('awards.fiscalYearOption', { era: c.eraName, year: c.fiscalYear }) }));
  if (!years.some((y) => y.value === String(v.fy))) years.unshift({ value: String(v.fy), label: String(v.fy) });
  const events = choices?.events.edges.map((e) => e.node) ?? [];
  const ceremonies = events.map((e) => ({ value: e.id, label: `${inLang(lang, e.title)}（${formatTime(lang, e.startsAt)}）` }));
  if (program?.ceremony && !ceremonies.some((c) => c.value === program.ceremony!.id)) {
    ceremonies.unshift({ value: program.ceremony.id, label: inLang(lang, program.ceremony.title) });
  }
  const title = program ? t('programForm.editTitle', { name: inLang(lang, program.name) }) : t('programForm.newTitle');
  return (
    <Page title={title} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        {program ? (
          <p>{t('programForm.of', { ministry: inLang(lang, program.ministry.name), era: program.campaign.eraName, year: program.campaign.fiscalYear })}</p>
        ) : (
          <div class="pair">
            <Select id="input.ministryCode" label={t('awards.ministry')} value={v.code} error={at['input.ministryCode']}
              options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} onChange={(code) => set({ code, ceremony: '' })} />
            <Select id="input.fiscalYear" label={t('awards.fiscalYear')} value={String(v.fy)} options={years} error={at['input.fiscalYear']}
              onChange={(fy) => set({ fy: Number(fy), ceremony: '' })} />
          </div>
        )}
        <div class="pair">
          <TextField id="input.nameJa" type="text" label={t('programForm.nameJa')} value={v.nameJa} onInput={(nameJa) => set({ nameJa })}
            error={at['input.nameJa']} hint={t('programForm.nameJaHint')} maxLength={200} />
          <TextField id="input.nameEn" type="text" label={t('programForm.nameEn')} value={v.nameEn} onInput={(nameEn) => set({ nameEn })}
            error={at['input.nameEn']} lang="en" maxLength={200} optional />
        </div>
        <div class="pair">
          <TextArea id="input.descriptionJa" label={t('programForm.descriptionJa')} value={v.descriptionJa} error={at['input.descriptionJa']}
            onInput={(descriptionJa) => set({ descriptionJa })} maxLength={5000} optional />
          <TextArea id="input.descriptionEn" label={t('programForm.descriptionEn')} value={v.descriptionEn} error={at['input.descriptionEn']}
            onInput={(descriptionEn) => set({ descriptionEn })} lang="en" maxLength={5000} optional />
        </div>
        <div class="pair">
          <TextField id="input.entryOpensAt" type="datetime-local" width="medium" label={t('programForm.opensAt')} value={v.opensAt}
            onInput={(opensAt) => set({ opensAt })} error={at['input.entryOpensAt']} hint={t('programForm.timeHint')} optional />
          <TextField id="input.entryClosesAt" type="datetime-local" width="medium" label={t('programForm.closesAt')} value={v.closesAt}
            onInput={(closesAt) => set({ closesAt })} error={at['input.entryClosesAt']} hint={t('programForm.timeHint')} optional />
        </div>
        <Select id="input.ceremonyEventId" label={t('program.ceremony')} value={v.ceremony} options={ceremonies} placeholder={t('program.noCeremony')}
          error={at['input.ceremonyEventId']} hint={t('programForm.ceremonyHint')} onChange={(ceremony) => set({ ceremony })} optional />
        <p class="field-hint">
          {program?.announcedAt ? t('programForm.announcedAt', { at: formatTime(lang, program.announcedAt) }) : t('programForm.announceHint')}
        </p>
        <div class="button-group">
          <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
            {t(program ? 'programForm.save' : 'programForm.create')}
          </button>
          <Link href={program ? paths.award(program.id) : paths.awards}>{t('programForm.back')}</Link>
        </div>
      </form>
    </Page>
  );
}
