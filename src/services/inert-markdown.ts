import { withoutBlanks } from './inert-html.ts';

/**
 * Markdown that stays inert in any renderer, even one that passes raw HTML through or follows
 * any link scheme: `<` outside code becomes `&lt;` (which every renderer shows as `<`), and a link
 * or link definition whose destination is not http, https, mailto or relative loses it (entities
 * and blanks are decoded first, as renderers do: `java&#115;cript:` is `javascript:`); images become
 * links (an export loads nothing). Code spans
 * and fenced blocks are left as written: renderers show their content literally.
 */
export function inertMarkdown(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      return fenced ? line : inertLine(line);
    })
    .join('\n');
}

function inertLine(line: string): string {
  const definition = /^(\s{0,3}\[[^\]]+\]:\s*)(\S+)(.*)$/.exec(line);
  if (definition && !safeDestination(definition[2]!))
    return `${definition[1]}#${definition[3]}`.replace(/</g, '&lt;');
  // Odd segments of a split on backtick runs are inline code.
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/!\[/g, '\\![')
            .replace(/\]\(([^)]*)\)/g, (whole, dest: string) => (safeDestination(dest) ? whole : ']()'))
            .replace(/</g, '&lt;'),
    )
    .join('');
}

function safeDestination(dest: string): boolean {
  const decoded = dest
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/\\(.)/g, '$1')
    .replace(/[<>]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(withoutBlanks(decoded).toLowerCase())?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}
