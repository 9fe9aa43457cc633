import { diffWords } from 'diff';

/**
 * What changed between two versions of a report, section by section (word-level, so a reviewer
 * sees the edited phrase rather than a whole rewritten paragraph), and which measures and
 * attachments were added, removed or changed.
 */

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface SectionDiff {
  readonly sectionId: string;
  /** `added`: empty before, written now; `removed`: written before, empty now. */
  readonly change: 'unchanged' | 'added' | 'removed' | 'changed';
  /** The text as runs of kept, added and removed words (one `same` run when unchanged). */
  readonly parts: readonly DiffPart[];
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

/**
 * Each section of either version, in `order` (the template's) and then any others by id. A
 * section missing from a version counts as empty.
 */
export function diffSections(
  from: Readonly<Record<string, string>>,
  to: Readonly<Record<string, string>>,
  order: readonly string[] = [],
): SectionDiff[] {
  const known = new Set(order);
  const extra = [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((id) => !known.has(id))
    .sort();
  return [...order, ...extra].map((id) => diffSection(id, from[id] ?? '', to[id] ?? ''));
}

function diffSection(sectionId: string, before: string, after: string): SectionDiff {
  if (before === after)
    return {
      sectionId,
      change: 'unchanged',
      parts: before ? [{ kind: 'same', text: before }] : [],
      wordsAdded: 0,
      wordsRemoved: 0,
    };
  const parts: DiffPart[] = diffWords(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  const count = (kind: DiffPart['kind']) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + words(p.text), 0);
  const change = before.trim() === '' ? 'added' : after.trim() === '' ? 'removed' : 'changed';
  return { sectionId, change, parts, wordsAdded: count('added'), wordsRemoved: count('removed') };
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface ListDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Present in both with a different content. */
  readonly changed: readonly string[];
}

/** Items of two lists matched by `keyOf` (e.g. a measure's title): the keys added, removed and changed. */
export function diffByKey<T>(from: readonly T[], to: readonly T[], keyOf: (item: T) => string): ListDiff {
  const before = new Map(from.map((x) => [keyOf(x), canonicalJson(x)]));
  const after = new Map(to.map((x) => [keyOf(x), canonicalJson(x)]));
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed: [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)),
  };
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
