/**
 * Plain-language "before → after" lines for an audit event: one line per field that changed. Pure, no I/O.
 */
const MAX_LINES = 4;
const MAX_VALUE = 60;

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "none";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function summarizeChange(before: unknown, after: unknown): string[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [before == null ? show(after) : `${show(before)} → ${show(after)}`];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const inBefore = Object.hasOwn(b, key);
    const inAfter = Object.hasOwn(a, key);
    if (inBefore && inAfter && JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    if (!inBefore) lines.push(`${key}: ${show(a[key])}`);
    else if (!inAfter) lines.push(`${key}: ${show(b[key])} (removed)`);
    else lines.push(`${key}: ${show(b[key])} → ${show(a[key])}`);
  }
  if (lines.length > MAX_LINES) {
    const hidden = lines.length - (MAX_LINES - 1);
    return [...lines.slice(0, MAX_LINES - 1), `…and ${hidden} more`];
  }
  return lines;
}
