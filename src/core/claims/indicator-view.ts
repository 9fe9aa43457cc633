import { allMatches, type CompiledLexicon } from './lexicon-match.ts';
import { editText, type TextEdit, type TextView } from './text-view.ts';
import { LEGISLATURE } from './words.ts';

/**
 * The text as indicator phrases are looked for in it: speakers put the country, and the name of
 * its parliament, inside an indicator phrase ("seats in Kazakhstan's parliament", "seats in the
 * UK parliament", "the share of women in Armenia's National Assembly"), where the lexicon lists
 * the phrase once for every country ("seats in parliament", "share of women in parliament"). So:
 * - a country mention, with "the" before it and a possessive ('s, ’s, ') after it, reads as absent;
 * - a national parliament's name (words.ts `LEGISLATURE`: "the Mazhilis", "National Assembly",
 *   "Государственной Думе") reads "parliament" ("парламент").
 * The lexicon looks in both the text and this view (lexicon-match.ts), and the longer phrase
 * wins, so a phrase that names a body itself ("Mazhilis" → the national series) still counts. The
 * country is read from the text as written (parse-claims.ts).
 */

const THE_BEFORE = /(?<![\p{L}\p{N}])the\s+$/iu;
const AFTER_COUNTRY = /^(?:['’‘ʼ]s?(?![\p{L}\p{N}]))?\s*/u;

function countryEdits(text: string, lexicon: CompiledLexicon): TextEdit[] {
  return allMatches(text, lexicon.countries).map(({ span }) => {
    const the = THE_BEFORE.exec(text.slice(0, span.start));
    const after = AFTER_COUNTRY.exec(text.slice(span.end))?.[0].length ?? 0;
    return { span: { start: the ? the.index : span.start, end: span.end + after }, with: '' };
  });
}

function legislatureEdits(text: string): TextEdit[] {
  return [...text.matchAll(LEGISLATURE)].map((m) => ({
    span: { start: m.index, end: m.index + m[0].length },
    with: /[а-яё]/iu.test(m[0]) ? 'парламент' : 'parliament',
  }));
}

export function indicatorView(text: string, lexicon: CompiledLexicon): TextView {
  const edits = [...countryEdits(text, lexicon), ...legislatureEdits(text)].filter(
    (e) => text.slice(e.span.start, e.span.end) !== e.with,
  );
  return editText(text, edits);
}
