import { MAX_CLAIM_TEXT } from './claims-types.ts';

/**
 * Texts up to this many characters go in the address (`?text=`), so a check can be shared as a
 * link; longer ones would make links that browsers, chat tools and mail clients cut off.
 */
export const URL_TEXT_LIMIT = 1500;

/** What is wrong with a text before it is sent, or null: the same rules the server applies. */
export type TextProblem = 'empty' | 'too-long';

export function textProblem(text: string): TextProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > MAX_CLAIM_TEXT) return 'too-long';
  return null;
}

export function fitsInUrl(text: string): boolean {
  return text.length <= URL_TEXT_LIMIT;
}

/**
 * The query parameters that record a check: the text when it fits in the address (else none, so
 * the address never shows an older text than the one checked) and the speaker's country.
 */
export function checkUrlChanges(text: string, country: string | null): Record<string, string | null> {
  return { text: fitsInUrl(text) ? text : null, country: country || null };
}

/** An ISO3 code from the address (`kaz` → `KAZ`), or null when it does not look like one. */
export function countryParam(raw: string | null): string | null {
  return raw && /^[A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : null;
}
