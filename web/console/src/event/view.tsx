// An event read-only, field by field: for the people who may read it but not edit it, and for an
// event that can no longer be edited.
import type { Described } from '../eventform/describe';

export function EventView(props: { fields: Described[] }) {
  return (
    <dl class="summary-list">
      {props.fields
        .filter((f) => f.id !== 'status' && f.id !== 'host' && f.id !== 'coHosts' && f.id !== 'fiscalYear')
        .map((f) => (
          <div key={f.id}>
            <dt>{f.label}</dt>
            <dd class="pre" lang={f.lang}>
              {f.value || '—'}
            </dd>
          </div>
        ))}
    </dl>
  );
}
