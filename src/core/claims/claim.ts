/**
 * The types of claim checking, shared by the grammar (parse-claims.ts: text → claims) and the
 * judge (judge-claim.ts: claim + evidence → verdict). Core stays free of the catalogue: the words
 * for indicators and countries come in as a `ClaimLexicon` built by services from the catalogue.
 */

/** A half-open character range [start, end) in the text given to the parser. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words the grammar recognises, lower-cased by the parser; longest match wins. */
export interface ClaimLexicon {
  /** Indicator phrases ('gender inequality index', 'gii', 'women in parliament', 'ИГН') → catalogue codes, best first. */
  readonly indicators: readonly { readonly phrase: string; readonly codes: readonly string[] }[];
  /** Country names and adjectives in EN/FR/RU ('kazakhstan', 'kazakh', 'казахстан') → ISO3. */
  readonly countries: readonly { readonly phrase: string; readonly iso3: string }[];
}

export type ClaimLanguage = 'en' | 'ru';

/**
 * Years the claim names: a window ("since 2000", "from 2015 to 2022", "between … and …") or one year ("in 2022").
 * "since 2000" gives `from` alone; one year ("in 2022", "by 2023") gives `to` alone.
 */
export interface ClaimYears {
  readonly from?: number;
  readonly to?: number;
}

/**
 * What a claim asserts, by shape:
 * - change: the indicator fell or rose by an amount, in per cent of its value (`percent`,
 *   "a 60% reduction") or in its own unit's points (`points`, "rose by 10 points"), or by a
 *   factor (`times`, "doubled" = 2); direction `unspecified` for "changed by".
 * - level: the indicator is at a value ("women hold 27% of seats"), `comparator` from "over",
 *   "almost", "at least" …; `unit` as written.
 * - rank: a position in a ranking ("ranked 50th", "50th out of 193").
 * - quota: a quota of `threshold` % for a body and groups ("a 30% quota in Parliament for women and youth").
 * - trend: direction only, no amount ("increased female leadership").
 */
export type ClaimAssertion =
  | {
      readonly kind: 'change';
      readonly direction: 'decrease' | 'increase' | 'unspecified';
      readonly amount: number;
      readonly unit: 'percent' | 'points' | 'times';
      /** The two values of "from 0.370 to 0.168" / "up from 20%" (then unit `points`, amount |to − from|). */
      readonly from?: number;
      readonly to?: number;
    }
  | {
      readonly kind: 'level';
      readonly value: number;
      readonly unit: 'percent' | 'number';
      readonly comparator: 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
    }
  | { readonly kind: 'rank'; readonly rank: number; readonly outOf?: number }
  | {
      readonly kind: 'quota';
      readonly threshold: number;
      /** The body as written ("in Parliament" → parliament); undefined when not said. */
      readonly body?: QuotaBody;
      /** "on party lists" → candidate-lists, "reserved seats" → seats; undefined when not said. */
      readonly appliesTo?: QuotaAppliesTo;
      /** Groups as written, e.g. women and youth together; [] when not said. */
      readonly groups: readonly QuotaGroup[];
    }
  | { readonly kind: 'trend'; readonly direction: 'decrease' | 'increase' };

/** `parliament` means the national parliament without saying which chamber (or a unicameral one). */
export type QuotaBody = 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
export type QuotaAppliesTo = 'candidate-lists' | 'seats';
export type QuotaGroup = 'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities';
export type QuotaKind = 'legislated-candidate-quota' | 'reserved-seats' | 'party-quota';

/**
 * A quota as Parity holds it (data/parity/quotas.csv → store → services), in the plain form the
 * judge and the compliance view use. `sourceKind` says how strong the source is: a legal act, a
 * dataset, or only a statement (then a check against it is not independent evidence).
 */
export interface QuotaFact {
  readonly id: string;
  readonly country: string;
  readonly body: QuotaBody;
  readonly kind: QuotaKind;
  readonly appliesTo: QuotaAppliesTo;
  /** Per cent, 0–100. */
  readonly threshold: number;
  /** Who the threshold is for, together: ['women','youth'] means women and young people counted jointly. */
  readonly groups: readonly QuotaGroup[];
  /** `YYYY` or `YYYY-MM-DD`; undefined when not established. */
  readonly adopted?: string;
  readonly source: string;
  readonly sourceKind: 'legal-act' | 'dataset' | 'statement';
  readonly sourceUrl?: string;
  readonly note?: string;
}

/** One quantitative (or direction-only) claim found in a text. */
export interface ParsedClaim {
  /** The clause of the text the claim was read from (for highlighting). */
  readonly span: Span;
  readonly text: string;
  readonly language: ClaimLanguage;
  readonly assertion: ClaimAssertion;
  /** The indicator phrase as written and where, when one was found. */
  readonly subject?: { readonly phrase: string; readonly span: Span };
  /** Catalogue codes the subject resolves to, best first; [] when none (→ not checkable). */
  readonly indicatorCodes: readonly string[];
  /** ISO3 named in the claim or its sentence; undefined when the text names none. */
  readonly country?: string;
  readonly years: ClaimYears;
}

export type Verdict = 'supported' | 'partly-supported' | 'not-supported' | 'not-checkable';
