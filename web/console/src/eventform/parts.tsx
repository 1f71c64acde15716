// The parts of an event's program: each in a fieldset of its own (its titles side by side, its
// times), moved up or down and removed by buttons that name the part, added at the end. After a
// move the focus stays on the button that moved the part, and a live region says what happened.
import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../i18n';
import { TextField } from '../ui/form';
import { newPart, type PartValues } from './values';

const maxParts = 20;

export function PartsEditor(props: { parts: PartValues[]; onChange: (p: PartValues[]) => void; errors: Record<string, string> }) {
  const { t } = useLang();
  const [said, setSaid] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const parts = props.parts;
  const update = (i: number, patch: Partial<PartValues>) => props.onChange(parts.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...parts];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    props.onChange(next);
    // Keep the focus on the same button of the moved part; at the top or bottom, on the other one.
    const j = i + by;
    const dir = by < 0 ? (j === 0 ? 'down' : 'up') : j === parts.length - 1 ? 'up' : 'down';
    setFocus(`part-${parts[i].key}-${dir}`);
    setSaid(t('form.partMoved', { n: j + 1 }));
  };
  const remove = (i: number) => {
    props.onChange(parts.filter((_, j) => j !== i));
    setFocus(parts.length > 1 ? `part-${parts[i === parts.length - 1 ? i - 1 : i + 1].key}-remove` : 'add-part');
    setSaid(t('form.partRemoved', { n: i + 1 }));
  };
  const add = () => {
    const p = newPart();
    props.onChange([...parts, p]);
    setFocus(`programParts-${parts.length}-titleJa`);
    setSaid(t('form.partAdded', { n: parts.length + 1 }));
  };

  const e = props.errors;
  return (
    <div class="parts" id="programParts" tabIndex={-1}>
      {parts.map((p, i) => {
        const id = (f: string) => `programParts-${i}-${f}`;
        const n = { n: i + 1 };
        return (
          <fieldset class="fieldset part" key={p.key}>
            <legend class="part-legend">{t('form.part', n)}</legend>
            <div class="pair">
              <TextField id={id('titleJa')} type="text" label={t('form.partTitleJa')} value={p.titleJa} lang="ja" maxLength={200}
                onInput={(x) => update(i, { titleJa: x })} error={e[id('titleJa')]} />
              <TextField id={id('titleEn')} type="text" label={t('form.partTitleEn')} optional value={p.titleEn} lang="en"
                maxLength={200} onInput={(x) => update(i, { titleEn: x })} error={e[id('titleEn')]} />
            </div>
            <div class="pair">
              <TextField id={id('startsAt')} type="datetime-local" label={t('form.partStartsAt')} value={p.startsAt} width="medium"
                onInput={(x) => update(i, { startsAt: x })} error={e[id('startsAt')]} />
              <TextField id={id('endsAt')} type="datetime-local" label={t('form.partEndsAt')} value={p.endsAt} width="medium"
                onInput={(x) => update(i, { endsAt: x })} error={e[id('endsAt')]} />
            </div>
            <div class="button-group">
              {i > 0 && (
                <button type="button" class="button button-secondary button-small" id={`part-${p.key}-up`} onClick={() => move(i, -1)}>
                  {t('form.moveUp')}
                  <span class="visually-hidden">{t('form.partOf', n)}</span>
                </button>
              )}
              {i < parts.length - 1 && (
                <button type="button" class="button button-secondary button-small" id={`part-${p.key}-down`} onClick={() => move(i, 1)}>
                  {t('form.moveDown')}
                  <span class="visually-hidden">{t('form.partOf', n)}</span>
                </button>
              )}
              <button type="button" class="button button-warning button-small" id={`part-${p.key}-remove`} onClick={() => remove(i)}>
                {t('form.removePart')}
                <span class="visually-hidden">{t('form.partOf', n)}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      {e.programParts && <p class="field-error-message">{e.programParts}</p>}
      {parts.length < maxParts && (
        <button type="button" class="button button-secondary" id="add-part" onClick={add}>
          {t('form.addPart')}
        </button>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
