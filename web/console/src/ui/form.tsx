// Form parts after the GOV.UK and Digital Agency patterns: the error summary at the top of a form
// that failed (focused, so that it is read out, each item a link to its field) and fields with a
// label, a hint and their error beside them.
import { useEffect, useRef } from 'preact/hooks';
import { useLang, type Translate } from '../i18n';

/** An error to show: its message and the id of the field it is about, if any. */
export type FieldError = { field?: string; message: string };

/**
 * An error kept by a screen until it is shown: its message is written in the page's language when
 * shown, so that switching the language rewrites it.
 */
export type Problem = { field?: string; say: (t: Translate) => string };

/** Problems as errors to show, in the language of t. */
export function shown(problems: Problem[], t: Translate): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: p.say(t) }));
}

export function ErrorSummary(props: { errors: FieldError[] }) {
  const { t } = useLang();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.errors.length > 0) box.current?.focus();
  }, [props.errors]);
  if (props.errors.length === 0) return null;
  const goTo = (e: MouseEvent, id: string) => {
    const input = document.getElementById(id);
    if (!input) return;
    e.preventDefault();
    document.querySelector(`label[for="${id}"]`)?.scrollIntoView();
    input.focus({ preventScroll: true });
  };
  return (
    <div class="error-summary" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">
        {t('errors.summaryTitle')}
      </h2>
      <ul class="error-summary-list">
        {props.errors.map((e) => (
          <li key={e.message}>
            {e.field ? (
              <a href={`#${e.field}`} onClick={(ev) => goTo(ev, e.field!)}>
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  type: 'email' | 'password' | 'text' | 'url' | 'date' | 'datetime-local';
  value: string;
  onInput: (v: string) => void;
  error?: string;
  hint?: string;
  autocomplete?: string;
  /** The language of what is typed, when not the page's (an English field on a Japanese page). */
  lang?: string;
  inputMode?: 'numeric' | 'text' | 'url';
  maxLength?: number;
  /** A narrower input: 'short' for numbers, 'medium' for dates and times. */
  width?: 'short' | 'medium';
  /** Marks the field as one that may be left empty. */
  optional?: boolean;
}) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label class="field-label" for={props.id}>
        {props.label}
        {props.optional && <OptionalTag />}
      </label>
      <HintAndError {...props} />
      <input
        class={props.width ? `input input-${props.width}` : 'input'}
        id={props.id}
        name={props.id}
        type={props.type}
        value={props.value}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck={false}
        lang={props.lang}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
      />
    </div>
  );
}

/** What every field has: its id, label, hint and error, and whether it may be left empty. */
export type FieldProps = { id: string; label: string; error?: string; hint?: string; optional?: boolean };

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(p: FieldProps): string | undefined {
  return [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The hint and the error of a field, in the order of TextField's. */
export function HintAndError(p: FieldProps) {
  const { t } = useLang();
  return (
    <>
      {p.hint && (
        <p class="field-hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="field-error-message" id={`${p.id}-error`}>
          <span class="visually-hidden">{t('errors.prefix')}</span> {p.error}
        </p>
      )}
    </>
  );
}

/** The mark of a field that may be left empty: 任意 / optional. */
export function OptionalTag() {
  const { t } = useLang();
  return (
    <>
      {' '}
      <span class="optional-tag">{t('form.optional')}</span>
    </>
  );
}

/** A notice at the top of a screen (a status, not an error), read out when it appears; with
 * `focus`, the focus moves to it, so that the outcome of a form far down the screen is seen. */
export function Notice(props: { message: string; focus?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) box.current?.focus();
  }, [props.message, props.focus]);
  return (
    <div class="notice" role="status" ref={box} tabIndex={props.focus ? -1 : undefined}>
      <p>{props.message}</p>
    </div>
  );
}

/** Errors by field id, for a form whose field ids are the API's field names. */
export function byField(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) if (e.field && !out[e.field]) out[e.field] = e.message;
  return out;
}
