// What an entry of the audit log changed, field by field, from the record before and after as the
// API answers them (JSON, personal data already masked by the server as "***").

/** One field's change: its value before and after, as text; undefined where the record had none. */
export type Change = { field: string; before?: string; after?: string };

/** The longest value shown in a cell; the CSV has them whole. */
const maxValue = 120;

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : { value: v };
  } catch {
    return { value: json };
  }
}

function text(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > maxValue ? `${s.slice(0, maxValue)}…` : s;
}

/** The fields that differ between before and after (every field with a value of a record made or
 * removed). */
export function changes(before: string | null, after: string | null): Change[] {
  const b = parse(before);
  const a = parse(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const out: Change[] = [];
  for (const field of fields) {
    const was = b ? b[field] : undefined;
    const now = a ? a[field] : undefined;
    if (b && a && JSON.stringify(was) === JSON.stringify(now)) continue;
    // A record made or removed: its empty fields say nothing.
    if (!(b && a) && (was ?? now) === null) continue;
    out.push({ field, before: b ? text(was) : undefined, after: a ? text(now) : undefined });
  }
  return out;
}
