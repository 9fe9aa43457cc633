const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Parses a numeric cell strictly: a plain decimal with an optional exponent (`12`, `-0.5`, `.5`,
 * `1e-3`), surrounding blanks ignored. Returns undefined for anything else, so that `1,5`, `1 000`,
 * `abc`, `NaN`, `Infinity`, hex (`0x10`) and the empty string are never read as numbers the way
 * `Number()` alone would (it reads `''` as 0 and `0x10` as 16).
 */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
