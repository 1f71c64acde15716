// The two-step sign-in screen: set-up (the server draws the QR code; the person confirms with the
// app's first code), the recovery codes shown once, and, when it is on, turning it off with the
// password. A person whose role requires it (REQUIRE_MFA) is sent here and can use nothing else
// until it is on.
import { useMemo, useState } from 'preact/hooks';
import { apiErrors, errorMessage, request } from '../api';
import { ConfirmTwoStepSetupDocument, StartTwoStepSetupDocument, TurnOffTwoStepDocument, type ViewerQuery } from '../gql/graphql';
import { addStrings, useLang } from '../i18n';
import { ErrorSummary, Notice, TextField, byField, shown, type FieldError, type Problem } from '../ui/form';
import { Page } from '../ui/page';
import * as strings from './strings';

addStrings(strings);

type Viewer = ViewerQuery['viewer'];

type Stage =
  | { kind: 'start' }
  | { kind: 'scan'; secret: string; qrCode: string }
  | { kind: 'codes'; codes: string[] };

/** onChanged reloads the viewer after turning off; onFinished, after the recovery codes were kept,
 * reloads it and leaves the screen. */
export function TwoStep(props: { viewer: Viewer; onChanged: () => Promise<void>; onFinished: () => Promise<void> }) {
  const { t, lang } = useLang();
  const status = props.viewer.twoStep;
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  // Kept unwritten, so that switching the language rewrites them.
  const [problems, setErrors] = useState<Problem[]>([]);
  const errors = useMemo(() => shown(problems, t), [problems, lang]);
  const [done, setDone] = useState<'twoStep.enabled' | 'twoStep.turnedOff' | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (f: () => Promise<void>, fields: Record<string, 'errors.twoStepCode' | 'errors.twoStepPassword'>) => {
    if (busy) return;
    setBusy(true);
    try {
      await f();
      setErrors([]);
    } catch (err) {
      setDone(null);
      setErrors(apiErrors(err).map((a) => ({ field: a.field, say: (t) => errorMessage(a, t, (f) => fields[f] && t(fields[f])) })));
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      const data = await request(StartTwoStepSetupDocument);
      setStage({ kind: 'scan', ...data.startTwoStepSetup });
    }, {});

  let body;
  if (stage.kind === 'codes') {
    body = <RecoveryCodes codes={stage.codes} onDone={props.onFinished} />;
  } else if (status?.enabled) {
    body = (
      <TurnOff errors={errors} busy={busy}
        onSubmit={(password) =>
          run(async () => {
            await request(TurnOffTwoStepDocument, { password });
            setDone('twoStep.turnedOff');
            await props.onChanged();
          }, { password: 'errors.twoStepPassword' })
        } codesLeft={status.recoveryCodesLeft} onErrors={setErrors} />
    );
  } else if (stage.kind === 'scan') {
    body = (
      <Scan stage={stage} errors={errors} busy={busy} onErrors={setErrors}
        onSubmit={(code) =>
          run(async () => {
            const data = await request(ConfirmTwoStepSetupDocument, { code });
            setDone('twoStep.enabled');
            setStage({ kind: 'codes', codes: data.confirmTwoStepSetup.recoveryCodes });
          }, { code: 'errors.twoStepCode' })
        } />
    );
  } else {
    body = (
      <>
        <p>{t('twoStep.intro')}</p>
        <button class="button button-primary" type="button" onClick={start} aria-disabled={busy ? 'true' : undefined}>
          {t('twoStep.start')}
        </button>
      </>
    );
  }
  return (
    <Page title={t('twoStep.title')} error={errors.length > 0}>
      {status?.setupRequired && stage.kind !== 'codes' && <Notice message={t('twoStep.required')} />}
      {done && <Notice message={t(done)} focus />}
      <ErrorSummary errors={errors} />
      {body}
    </Page>
  );
}

function Scan(props: {
  stage: { secret: string; qrCode: string };
  errors: FieldError[];
  busy: boolean;
  onErrors: (e: Problem[]) => void;
  onSubmit: (code: string) => void;
}) {
  const { t } = useLang();
  const [code, setCode] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (code.trim() === '') {
      props.onErrors([{ field: 'code', say: (t) => t('errors.codeRequired') }]);
      return;
    }
    props.onSubmit(code.trim());
  };
  return (
    <>
      <section aria-labelledby="scan">
        <h2 id="scan">{t('twoStep.scanHeading')}</h2>
        <img class="qr-code" src={props.stage.qrCode} width={240} height={240} alt={t('twoStep.qrAlt')} />
        <p>{t('twoStep.manual')}</p>
        <p>
          <code class="secret" data-secret={props.stage.secret}>{props.stage.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
        </p>
      </section>
      <section aria-labelledby="confirm">
        <h2 id="confirm">{t('twoStep.confirmHeading')}</h2>
        <form class="form narrow" onSubmit={submit} noValidate>
          <TextField id="code" label={t('twoStep.code')} type="text" value={code} onInput={setCode}
            error={byField(props.errors).code} hint={t('twoStep.codeHint')} autocomplete="one-time-code"
            inputMode="numeric" maxLength={64} width="medium" />
          <button class="button button-primary" type="submit" aria-disabled={props.busy ? 'true' : undefined}>
            {t('twoStep.confirm')}
          </button>
        </form>
      </section>
    </>
  );
}

function RecoveryCodes(props: { codes: string[]; onDone: () => Promise<void> }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="codes">
      <h2 id="codes">{t('twoStep.codesHeading')}</h2>
      <p>{t('twoStep.codesIntro')}</p>
      <ul class="recovery-codes" aria-label={t('twoStep.codesCaption')}>
        {props.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <button class="button button-primary" type="button" onClick={() => void props.onDone()}>
        {t('twoStep.done')}
      </button>
    </section>
  );
}

function TurnOff(props: {
  errors: FieldError[];
  busy: boolean;
  codesLeft: number;
  onErrors: (e: Problem[]) => void;
  onSubmit: (password: string) => void;
}) {
  const { t } = useLang();
  const [password, setPassword] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (password === '') {
      props.onErrors([{ field: 'password', say: (t) => t('errors.passwordRequired') }]);
      return;
    }
    props.onSubmit(password);
    setPassword('');
  };
  return (
    <>
      <section aria-labelledby="on">
        <h2 id="on">{t('twoStep.onHeading')}</h2>
        <p>{t('twoStep.codesLeft', { count: props.codesLeft })}</p>
      </section>
      <section aria-labelledby="off">
        <h2 id="off">{t('twoStep.offHeading')}</h2>
        <p>{t('twoStep.offIntro')}</p>
        <form class="form narrow" onSubmit={submit} noValidate>
          <TextField id="password" label={t('twoStep.password')} type="password" value={password} onInput={setPassword}
            error={byField(props.errors).password} autocomplete="current-password" />
          <button class="button button-warning" type="submit" aria-disabled={props.busy ? 'true' : undefined}>
            {t('twoStep.turnOff')}
          </button>
        </form>
      </section>
    </>
  );
}
