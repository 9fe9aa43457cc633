/**
 * Flattens nested result components into dotted columns for CSV (`female.healthIndex`); arrays are
 * joined with `; ` so that a cell stays a cell.
 */
export function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, string | number | boolean | null> = {},
) {
  if (value === null || value === undefined) {
    if (prefix) out[prefix] = null;
  } else if (Array.isArray(value)) {
    out[prefix] = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    out[prefix] = value;
  }
  return out;
}
