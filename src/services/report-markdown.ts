import MarkdownIt, { type StateInline } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { EMBED_OPEN, parseEvidenceSpec, evidenceKey, type EvidenceSpec } from '../core/reports/evidence.ts';

/**
 * User-written Markdown to HTML that is safe to put in a page, twice guarded:
 *
 * 1. markdown-it with raw HTML off: `<script>`, `<img onerror=…>` and any other tag come out as
 *    text; its link validation refuses `javascript:`, `vbscript:`, `file:` and `data:` links, which
 *    stay literal text. Images are off too (a report does not load third-party pixels).
 * 2. sanitize-html over the result: only the tags and attributes Markdown itself produces, links
 *    only to http, https and mailto, so a bug or a future markdown-it option cannot let a script through.
 *
 * `{{evidence:…}}` tokens are recognised by an inline rule and rendered by the caller's function
 * (live or pinned values); their HTML passes through the same sanitiser.
 */

/** Renders one evidence block (already HTML-escaped by the caller) or undefined to show the token as text. */
export type EvidenceRenderer = (spec: EvidenceSpec, key: string) => string | undefined;

interface Env {
  readonly evidence?: EvidenceRenderer;
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.disable(['image']);
md.inline.ruler.before('emphasis', 'evidence', evidenceRule);
md.renderer.rules.evidence = (tokens, idx, _options, env: unknown) => {
  const token = tokens[idx]!;
  const parsed = parseEvidenceSpec(token.content);
  const literal = `<code>${escapeHtml(`${EMBED_OPEN}${token.content}}}`)}</code>`;
  if (!parsed.ok)
    return `<span class="evidence evidence-error" title="${escapeHtml(parsed.message)}">${literal}</span>`;
  return (env as Env | undefined)?.evidence?.(parsed.spec, evidenceKey(parsed.spec)) ?? literal;
};

function evidenceRule(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith(EMBED_OPEN, state.pos)) return false;
  const end = state.src.indexOf('}}', state.pos + EMBED_OPEN.length);
  if (end < 0 || end > state.posMax) return false;
  if (!silent) {
    const token = state.push('evidence', '', 0);
    token.content = state.src.slice(state.pos + EMBED_OPEN.length, end);
  }
  state.pos = end + 2;
  return true;
}

const HEADINGS = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6' } as const;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    span: ['class', 'title', 'data-evidence'],
  },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Section headings are h2 in a report page: the author's headings sit below them.
  transformTags: {
    ...HEADINGS,
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

/** Markdown → sanitised HTML; evidence tokens through `evidence` (else shown as code). */
export function renderMarkdown(markdown: string, evidence?: EvidenceRenderer): string {
  return sanitize(md.render(markdown, { evidence } satisfies Env));
}

/** Any HTML through the same allow-list (for HTML Parity composes around user text). */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return md.utils.escapeHtml(text);
}

/** A URL for an href: http(s) only, else undefined (the text is shown without a link). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
