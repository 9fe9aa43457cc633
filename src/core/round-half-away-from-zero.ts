/**
 * Rounds `x` to `digits` decimals, halves away from zero, on the number's *decimal* value: the
 * shortest decimal string that identifies the double (what `String(x)` prints), not its exact binary
 * expansion. So `0.5005` (stored as 0.500499999…) rounds to `0.501`, and `-0.0005` to `-0.001`.
 *
 * Why: UNDP publishes indices "rounded to 3 decimals"; multiplying by 1000 in binary floating point
 * (`0.5005 * 1000 === 500.49999999999994`) would round such boundary values the wrong way.
 *
 * Edge cases: non-finite values are returned unchanged, and so are values too large to carry a
 * fractional digit at that precision (|x|·10^digits ≥ 2^53); `digits` must be an integer from 0 to 15.
 * The result is the double nearest the rounded decimal, e.g. exactly `Number('0.232')`.
 */
export function roundHalfAwayFromZero(x: number, digits = 3): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new RangeError(`digits must be an integer from 0 to 15, got ${digits}`);
  }
  if (!Number.isFinite(x)) return x;
  // Fast path, for all but near-halves: binary scaling is then exact enough, and an integer divided
  // by a power of ten is correctly rounded, i.e. the same double as the decimal string would give.
  const scale = 10 ** digits;
  const scaled = Math.abs(x) * scale;
  if (scaled < Number.MAX_SAFE_INTEGER && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
    const r = Math.round(scaled) / scale;
    return x < 0 ? -r : r;
  }
  // Near a half: String() gives the shortest round-trip decimal; shifting its exponent moves the decimal point
  // exactly, with no binary multiplication.
  const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  if (shifted >= Number.MAX_SAFE_INTEGER) return x;
  const rounded = Number(`${Math.round(shifted)}e-${digits}`);
  return x < 0 ? -rounded : rounded;
}
