/**
 * What makes HTML active: an element that runs or loads something (script, img, iframe, svg, …),
 * an event-handler attribute, or a URL attribute with a script or data scheme. The sanitisation
 * tests of every text field (sections, comments, measures, attachments, exports) check the HTML
 * against this. It reads tags and their attributes (quoted values included), so text that merely
 * mentions `onerror=` inside an escaped attribute value is not taken for a handler.
 * Returns the offending tags; empty when the HTML is inert.
 */
export function activeHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attrs = [...tag[2]!.matchAll(ATTR)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: decode(a[2] ?? a[3] ?? a[4] ?? ''),
    }));
    const active =
      ACTIVE_TAGS.has(name) ||
      attrs.some((a) => a.name.startsWith('on')) ||
      attrs.some((a) => URL_ATTRS.has(a.name) && SCRIPT_SCHEME.test(withoutBlanks(a.value)));
    if (active) found.push(tag[0]);
  }
  return found;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ACTIVE_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'video',
  'audio',
  'source',
  'template',
]);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);
const SCRIPT_SCHEME = /^(javascript|vbscript|data):/i;

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Script injections every text field of a report is tested with (sections, comments, measures, attachments, exports). */
export const SCRIPT_INJECTIONS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](  javascript:alert(1) "t")',
  '<javascript:alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '"><script>alert(1)</script>',
  '[x](https://example.org "a\\" onmouseover=\\"alert(1)")',
  '{{evidence:value:area=KAZ,indicator=<script>alert(1)</script>}}',
];

/** The text without whitespace and control characters (browsers skip them inside a URL scheme). */
export function withoutBlanks(text: string): string {
  return [...text].filter((ch) => ch.codePointAt(0)! > 0x20 && !/\s/.test(ch)).join('');
}
