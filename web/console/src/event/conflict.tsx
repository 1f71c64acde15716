// What a CONFLICT shows: the save was refused because the event moved on after the person read it.
// It compares the version read with the current one field by field, and lets the person load the
// current one (dropping their edits) or keep editing (their edits over the current version).
import { useEffect, useRef } from 'preact/hooks';
import type { Change } from '../eventform/describe';
import { useLang } from '../i18n';

export function ConflictPanel(props: {
  from: number;
  to: number;
  changes: Change[];
  /** Set when the event can no longer be edited (cancelled, closed): only reloading is offered. */
  locked: string | null;
  onReload: () => void;
  onKeep: () => void;
}) {
  const { t } = useLang();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="error-summary conflict" tabIndex={-1} ref={box} aria-labelledby="conflict-title">
      <h2 id="conflict-title" class="error-summary-title">
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.body', { from: props.from, to: props.to })}</p>
      {props.changes.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="conflict-caption" tabIndex={0}>
          <table class="table">
            <caption id="conflict-caption" class="table-caption">
              {t('conflict.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.before')}</th>
                <th scope="col">{t('conflict.now')}</th>
              </tr>
            </thead>
            <tbody>
              {props.changes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.label}</th>
                  <td class="pre" lang={c.lang}>
                    {c.before || '—'}
                  </td>
                  <td class="pre" lang={c.lang}>
                    {c.now || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.locked ? <p>{props.locked}</p> : <p>{t('conflict.keepHint')}</p>}
      <div class="button-group">
        <button type="button" class="button button-secondary" onClick={props.onReload}>
          {t('conflict.reload')}
        </button>
        {!props.locked && (
          <button type="button" class="button button-primary" onClick={props.onKeep}>
            {t('conflict.keep')}
          </button>
        )}
      </div>
    </div>
  );
}
