/** The longest statement the claims page keeps in its address (src/web/pages/claims/claim-input.ts). */
export const CLAIMS_URL_TEXT_LIMIT = 1500;

/**
 * The claims page checking a statement again with its evidence: the whole statement when it fits
 * in an address (so every claim is seen in context), else the sentence of the claim; with the
 * speaker's country, as the meeting record checked it.
 */
export function claimsLink(
  statement: { readonly text: string; readonly country: string | null },
  claim: { readonly span: { readonly start: number; readonly end: number } },
  lang: string,
): string {
  const text =
    statement.text.length <= CLAIMS_URL_TEXT_LIMIT
      ? statement.text
      : sentenceAround(statement.text, claim.span);
  const params = new URLSearchParams({ text: text.slice(0, CLAIMS_URL_TEXT_LIMIT) });
  if (statement.country) params.set('country', statement.country);
  params.set('lang', lang);
  return `/claims?${params.toString()}`;
}

/** The sentence (between full stops, or line ends) that holds the span. */
export function sentenceAround(text: string, span: { start: number; end: number }): string {
  const before = text.slice(0, span.start);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(span.end);
  const stop = rest.search(/\.(\s|$)|\n/);
  const end = stop < 0 ? text.length : span.end + stop + 1;
  return text.slice(start, end).trim();
}
