/**
 * Evidence blocks of a national report: a value, a chart or an index from Parity's data, written
 * in a section as `{{evidence:<kind>:<key>=<value>,…}}` (or listed beside the sections). While a
 * report is a draft, a block shows the latest data; when it is submitted each block is resolved
 * once and its value, years and source edition are stored with the version (pinned), so the
 * report reads the same after newer data arrive. This module only parses and names blocks: the
 * services resolve them against the store.
 */

export type IndexCode = 'gii' | 'gdi' | 'hdi';

export type EvidenceSpec =
  | {
      readonly kind: 'indicator-chart';
      readonly area: string;
      readonly indicator: string;
      /** A source edition (`HDR25`, `2022-02-15`); absent: the edition with the latest data. */
      readonly source?: string;
    }
  | {
      readonly kind: 'value';
      readonly area: string;
      readonly indicator: string;
      /** Absent: the latest year. */
      readonly year?: number;
      readonly source?: string;
    }
  | {
      readonly kind: 'index';
      readonly index: IndexCode;
      readonly area: string;
      /** An HDR edition; absent: the newest in the store. */
      readonly edition?: string;
    };

export type EvidenceKind = EvidenceSpec['kind'];

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['indicator-chart', 'value', 'index'];

const PARAMS: Readonly<Record<EvidenceKind, { required: readonly string[]; optional: readonly string[] }>> = {
  'indicator-chart': { required: ['area', 'indicator'], optional: ['source'] },
  value: { required: ['area', 'indicator'], optional: ['year', 'source'] },
  index: { required: ['index', 'area'], optional: ['edition'] },
};

const PATTERNS: Readonly<Record<string, { re: RegExp; expected: string }>> = {
  area: { re: /^[A-Z]{3}$|^ZZ[A-Z0-9.]{1,12}$/, expected: 'an ISO3 code such as KAZ' },
  indicator: { re: /^[a-z]+\.[A-Za-z0-9._]+$/, expected: 'an indicator code such as hdr.gii' },
  year: { re: /^(19|20)\d\d$|^2100$/, expected: 'a year between 1900 and 2100' },
  source: { re: /^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,39}$/, expected: 'a source edition such as HDR25' },
  edition: { re: /^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,39}$/, expected: 'an HDR edition such as HDR25' },
  index: { re: /^(gii|gdi|hdi)$/, expected: 'gii, gdi or hdi' },
};

export type SpecResult =
  { readonly ok: true; readonly spec: EvidenceSpec } | { readonly ok: false; readonly message: string };

/**
 * The spec named by `<kind>:<key>=<value>,…` (the inside of `{{evidence:…}}`), or what is wrong
 * with it: an unknown kind, a missing or unknown parameter, a value of the wrong form.
 */
export function parseEvidenceSpec(text: string): SpecResult {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text.trim() : text.slice(0, colon).trim();
  if (!isEvidenceKind(kind))
    return { ok: false, message: `unknown evidence kind "${kind}": expected ${EVIDENCE_KINDS.join(', ')}` };
  const params: Record<string, string> = {};
  const body = colon < 0 ? '' : text.slice(colon + 1);
  for (const pair of body.split(',').filter((p) => p.trim() !== '')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return { ok: false, message: `expected key=value, got "${pair.trim()}"` };
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const { required, optional } = PARAMS[kind];
    if (![...required, ...optional].includes(key))
      return {
        ok: false,
        message: `${kind}: unknown parameter "${key}": expected ${[...required, ...optional].join(', ')}`,
      };
    if (key in params) return { ok: false, message: `${kind}: parameter "${key}" given twice` };
    const pattern = PATTERNS[key]!;
    if (!pattern.re.test(value))
      return { ok: false, message: `${kind}: ${key} must be ${pattern.expected}, got "${value}"` };
    params[key] = value;
  }
  const missing = PARAMS[kind].required.filter((k) => !(k in params));
  if (missing.length > 0) return { ok: false, message: `${kind}: missing ${missing.join(', ')}` };
  return { ok: true, spec: specOf(kind, params) };
}

function specOf(kind: EvidenceKind, p: Readonly<Record<string, string>>): EvidenceSpec {
  switch (kind) {
    case 'index':
      return {
        kind,
        index: p.index as IndexCode,
        area: p.area!,
        ...(p.edition ? { edition: p.edition } : {}),
      };
    case 'value':
      return {
        kind,
        area: p.area!,
        indicator: p.indicator!,
        ...(p.year ? { year: Number(p.year) } : {}),
        ...(p.source ? { source: p.source } : {}),
      };
    case 'indicator-chart':
      return { kind, area: p.area!, indicator: p.indicator!, ...(p.source ? { source: p.source } : {}) };
  }
}

/**
 * The canonical name of a block: `<kind>:<key>=<value>,…` with keys sorted. Equal specs have equal
 * keys, so a pinned value is found again whether the block was embedded or listed.
 */
export function evidenceKey(spec: EvidenceSpec): string {
  const { kind, ...params } = spec;
  const pairs = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`);
  return `${kind}:${pairs.join(',')}`;
}

/** The token that embeds a block in Markdown. */
export function evidenceToken(spec: EvidenceSpec): string {
  return `{{evidence:${evidenceKey(spec)}}}`;
}

export interface EmbeddedBlock {
  readonly spec: EvidenceSpec;
  readonly key: string;
  /** 1-based line and column of `{{` in the text. */
  readonly line: number;
  readonly column: number;
}

export interface EmbedError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export const EMBED_OPEN = '{{evidence:';
const CLOSE = '}}';

/** Every `{{evidence:…}}` in a Markdown text, in order, and every malformed one with where it is. */
export function findEmbeddedBlocks(markdown: string): { blocks: EmbeddedBlock[]; errors: EmbedError[] } {
  const blocks: EmbeddedBlock[] = [];
  const errors: EmbedError[] = [];
  let from = 0;
  for (;;) {
    const start = markdown.indexOf(EMBED_OPEN, from);
    if (start < 0) break;
    const where = position(markdown, start);
    const end = markdown.indexOf(CLOSE, start + EMBED_OPEN.length);
    const newline = markdown.indexOf('\n', start);
    if (end < 0 || (newline >= 0 && newline < end)) {
      errors.push({ ...where, message: 'unterminated {{evidence:…}}: expected }} on the same line' });
      from = start + EMBED_OPEN.length;
      continue;
    }
    const parsed = parseEvidenceSpec(markdown.slice(start + EMBED_OPEN.length, end));
    if (parsed.ok) blocks.push({ spec: parsed.spec, key: evidenceKey(parsed.spec), ...where });
    else errors.push({ ...where, message: parsed.message });
    from = end + CLOSE.length;
  }
  return { blocks, errors };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function isEvidenceKind(s: string): s is EvidenceKind {
  return (EVIDENCE_KINDS as readonly string[]).includes(s);
}
