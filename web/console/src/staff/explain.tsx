// "Why can't this person do this?": a person, an action on a kind of record, and a ministry, and
// the server's answer (explainAccess): allowed or not, by which rule, from which of their roles.
import { useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { ExplainAccessDocument, type ExplainAccessQuery } from '../gql/graphql';
import { useLang, type MessageKey } from '../i18n';
import { Select } from '../ui/controls';
import { ErrorSummary, TextField, byField, type FieldError } from '../ui/form';
import { inLang } from '../ui/text';
import { isSecretariat, roleLabel, type Viewer } from './roles';

/** The questions offered: object and action, as the policy names them. */
const questions = [
  'event.create', 'event.edit', 'event.publish', 'event.read_draft',
  'application.read', 'application.read_personal', 'application.check_in',
  'award_program.edit', 'award_program.announce', 'award_entry.decide', 'award_entry.read_personal',
  'user.create', 'role.grant', 'audit_log.read',
] as const;

export function Explain(props: { viewer: Viewer }) {
  const { t, lang } = useLang();
  const ministries = props.viewer.staffMinistries;
  const [email, setEmail] = useState('');
  const [question, setQuestion] = useState<string>(questions[0]);
  const [ministry, setMinistry] = useState(ministries[0]?.code ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [answer, setAnswer] = useState<{ asked: string; data: ExplainAccessQuery['explainAccess'] } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (email.trim() === '') {
      setErrors([{ field: 'explain-email', message: t('errors.emailRequired') }]);
      return;
    }
    const [object, action] = question.split('.');
    try {
      const d = await request(ExplainAccessDocument, { email: email.trim(), object, action, ministryCode: ministry || null });
      setErrors([]);
      const m = ministries.find((x) => x.code === ministry);
      setAnswer({ asked: t('explain.asked', { email: email.trim(), what: t(`explain.q.${question}` as MessageKey), ministry: m ? inLang(lang, m.name) : '' }), data: d.explainAccess });
    } catch (err) {
      setAnswer(null);
      setErrors(apiErrors(err).map((a) => ({ field: a.field === 'email' ? 'explain-email' : undefined, message: errorMessage(a, t) })));
    }
  };

  const fieldErrors = byField(errors);
  return (
    <section aria-labelledby="explain-title" class="explain">
      <h2 id="explain-title">{t('explain.title')}</h2>
      <p>{t('explain.intro')}</p>
      <ErrorSummary errors={errors} />
      <form class="form narrow" onSubmit={submit} noValidate>
        <TextField id="explain-email" label={t('explain.email')} type="email" value={email} onInput={setEmail}
          error={fieldErrors['explain-email']} maxLength={254} />
        <Select id="explain-question" label={t('explain.question')} value={question} onChange={setQuestion}
          options={questions.map((q) => ({ value: q, label: t(`explain.q.${q}` as MessageKey) }))} />
        <Select id="explain-ministry" label={t('staff.ministry')} value={ministry} onChange={setMinistry}
          options={ministries.map((m) => ({ value: m.code, label: inLang(lang, m.name) }))} />
        <button class="button button-secondary" type="submit">
          {t('explain.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {answer && (
          <div class={answer.data.allowed ? 'notice' : 'notice notice-warning'}>
            <p>{answer.asked}</p>
            <p>
              <strong>{answer.data.allowed ? t('explain.allowed') : t('explain.denied')}</strong>
            </p>
            <p>
              {answer.data.matchedRule
                ? t('explain.byRule', { rule: answer.data.matchedRule })
                : answer.data.roles.length > 0
                  ? t('explain.noRoleAllows')
                  : isSecretariat(props.viewer)
                    ? t('explain.noRolesAll')
                    : t('explain.noRoles')}
            </p>
            {answer.data.roles.length > 0 && (
              <>
                <p>{t('explain.rolesHeld')}</p>
                <ul>
                  {answer.data.roles.map((r) => (
                    <li key={`${r.role}-${r.ministry?.code ?? ''}`}>{roleLabel(r, lang, t)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
