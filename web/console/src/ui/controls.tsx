// Form controls beside TextField (ui/form.tsx), after the same patterns: a label for every control,
// its hint and its error beside it and tied to it (aria-describedby), radios and checkboxes grouped
// in a fieldset whose legend names the question.
import type { ComponentChildren } from 'preact';
import { HintAndError, OptionalTag, describedBy, type FieldProps } from './form';

export function TextArea(props: FieldProps & { value: string; onInput: (v: string) => void; lang?: string; maxLength?: number; rows?: number }) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label class="field-label" for={props.id}>
        {props.label}
        {props.optional && <OptionalTag />}
      </label>
      <HintAndError {...props} />
      <textarea class="input textarea" id={props.id} name={props.id} rows={props.rows ?? 5} value={props.value}
        onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)} lang={props.lang} maxLength={props.maxLength}
        aria-describedby={describedBy(props)} aria-invalid={props.error ? 'true' : undefined} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function Select(props: FieldProps & { value: string; options: Option[]; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label class="field-label" for={props.id}>
        {props.label}
        {props.optional && <OptionalTag />}
      </label>
      <HintAndError {...props} />
      <select class="input select" id={props.id} name={props.id} value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
        aria-describedby={describedBy(props)} aria-invalid={props.error ? 'true' : undefined}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: FieldProps & { checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <HintAndError {...props} />
      <div class="choice">
        <input type="checkbox" class="choice-input" id={props.id} name={props.id} checked={props.checked}
          onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)} aria-describedby={describedBy(props)} />
        <label class="choice-label" for={props.id}>
          {props.label}
        </label>
      </div>
    </div>
  );
}

/**
 * A question answered by one of a few choices. The first radio carries the id, so that an error
 * summary's link to it lands on the question; `children` follow the radios (the detail that the
 * chosen answer asks for).
 */
export function Radios(props: FieldProps & { value: string; options: Option[]; onChange: (v: string) => void; inline?: boolean; children?: ComponentChildren }) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy(props)}>
        <legend class="field-label">
          {props.label}
          {props.optional && <OptionalTag />}
        </legend>
        <HintAndError {...props} />
        <div class={props.inline ? 'choices choices-inline' : 'choices'}>
          {props.options.map((o, i) => (
            <div class="choice" key={o.value}>
              <input type="radio" class="choice-input" id={i === 0 ? props.id : `${props.id}-${o.value}`} name={props.id}
                value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
              <label class="choice-label" for={i === 0 ? props.id : `${props.id}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
        {props.children}
      </fieldset>
    </div>
  );
}

/** Several choices, any of which may be ticked; the first checkbox carries the id. */
export function Checkboxes(props: FieldProps & { values: string[]; options: Option[]; onChange: (v: string[]) => void }) {
  const toggle = (v: string, on: boolean) =>
    props.onChange(on ? [...props.values, v] : props.values.filter((x) => x !== v));
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy(props)}>
        <legend class="field-label">
          {props.label}
          {props.optional && <OptionalTag />}
        </legend>
        <HintAndError {...props} />
        <div class="choices choices-columns">
          {props.options.map((o, i) => (
            <div class="choice" key={o.value}>
              <input type="checkbox" class="choice-input" id={i === 0 ? props.id : `${props.id}-${o.value}`} name={props.id}
                value={o.value} checked={props.values.includes(o.value)} onChange={(e) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
              <label class="choice-label" for={i === 0 ? props.id : `${props.id}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
