// Making a partner API key: its name and, if the partner needs other than the server's defaults,
// its own rate limits. The key comes back once, in the answer of createApiKey: the screen shows it
// with a copy button and says plainly that it will not be shown again (the server keeps only its
// hash).
import { useMemo, useRef, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { CreateApiKeyDocument, type CreateApiKeyMutation } from '../gql/graphql';
import { type MessageKey, useLang } from '../i18n';
import { Link, paths } from '../router';
import { ErrorSummary, type Problem, TextField, byField, shown } from '../ui/form';
import { Page } from '../ui/page';

/** The limits a key may be given, as the API checks them. */
const limits = { requestsPerMinute: 100_000, costPerMinute: 100_000_000 } as const;

// Messages of the API's errors about the form's fields, by the field it names.
const fieldMessages: Record<string, MessageKey> = {
  'input.name': 'newKey.nameRequired',
  'input.requestsPerMinute': 'newKey.requestsRange',
  'input.costPerMinute': 'newKey.costRange',
};

/** A limit as typed: empty for the default, else a whole number within its range. */
function readLimit(v: string, max: number): number | null | 'bad' {
  const s = v.trim().replace(/[,，]/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return 'bad';
  const n = Number(s);
  return n >= 1 && n <= max ? n : 'bad';
}

export function NewApiKey() {
  const { t, lang } = useLang();
  const [name, setName] = useState('');
  const [requests, setRequests] = useState('');
  const [cost, setCost] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<CreateApiKeyMutation['createApiKey'] | null>(null);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);

  if (made) return <MadeKey made={made} />;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: Problem[] = [];
    const rpm = readLimit(requests, limits.requestsPerMinute);
    const cpm = readLimit(cost, limits.costPerMinute);
    if (name.trim() === '') found.push({ field: 'input.name', say: (t) => t('newKey.nameRequired') });
    if (rpm === 'bad') found.push({ field: 'input.requestsPerMinute', say: (t) => t('newKey.requestsRange') });
    if (cpm === 'bad') found.push({ field: 'input.costPerMinute', say: (t) => t('newKey.costRange') });
    setProblems(found);
    if (found.length > 0 || rpm === 'bad' || cpm === 'bad') return;
    setBusy(true);
    try {
      const d = await request(CreateApiKeyDocument, { input: { name: name.trim(), requestsPerMinute: rpm, costPerMinute: cpm } });
      setMade(d.createApiKey);
    } catch (err) {
      setProblems(apiErrors(err).map((a) => ({
        field: a.field && fieldMessages[a.field] ? a.field : undefined,
        say: (t) => errorMessage(a, t, (f) => fieldMessages[f] && t(fieldMessages[f])),
      })));
      setBusy(false);
    }
  };

  const at = byField(errors);
  return (
    <Page title={t('newKey.title')} error={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <p>{t('newKey.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField id="input.name" label={t('newKey.name')} type="text" value={name} onInput={setName}
          hint={t('newKey.nameHint')} error={at['input.name']} maxLength={100} />
        <TextField id="input.requestsPerMinute" label={t('newKey.requests')} type="text" inputMode="numeric" width="short"
          value={requests} onInput={setRequests} hint={t('newKey.requestsHint')} error={at['input.requestsPerMinute']} optional />
        <TextField id="input.costPerMinute" label={t('newKey.cost')} type="text" inputMode="numeric" width="short"
          value={cost} onInput={setCost} hint={t('newKey.costHint')} error={at['input.costPerMinute']} optional />
        <div class="button-group">
          <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
            {t('newKey.submit')}
          </button>
          <Link href={paths.apiKeys}>{t('newKey.back')}</Link>
        </div>
      </form>
    </Page>
  );
}

/** The key just made, shown this once, with a button that copies it. */
function MadeKey(props: { made: CreateApiKeyMutation['createApiKey'] }) {
  const { t } = useLang();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.made.key);
      setCopied('copied');
    } catch {
      // No clipboard (an insecure origin, or refused): select the key, for the person to copy.
      field.current?.select();
      setCopied('failed');
    }
  };
  return (
    <Page title={t('newKey.madeTitle', { name: props.made.apiKey.name })}>
      <div class="warning-box" role="note" aria-labelledby="once-heading">
        <h2 id="once-heading">{t('newKey.onceTitle')}</h2>
        <p>{t('newKey.onceBody')}</p>
      </div>
      <div class="field">
        <label class="field-label" for="new-key">
          {t('newKey.key')}
        </label>
        <input id="new-key" class="input key-value" type="text" readOnly value={props.made.key} ref={field}
          spellcheck={false} autocomplete="off" onFocus={(e) => (e.target as HTMLInputElement).select()} />
      </div>
      <div class="button-group">
        <button type="button" class="button button-primary" onClick={copy}>
          {t('newKey.copy')}
        </button>
        <Link href={paths.apiKeys}>{t('newKey.done')}</Link>
      </div>
      <p role="status" class="copy-status">
        {copied && t(copied === 'copied' ? 'newKey.copied' : 'newKey.copyFailed')}
      </p>
    </Page>
  );
}
