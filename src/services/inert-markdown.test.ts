import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { activeHtml, SCRIPT_INJECTIONS } from './inert-html.ts';
import { inertMarkdown } from './inert-markdown.ts';

// A careless renderer: raw HTML on, every link followed. The exported Markdown must be inert even there.
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;

describe(inertMarkdown, () => {
  it.each([
    ...SCRIPT_INJECTIONS,
    '[x](java&#115;cript:alert(1))',
    '[x](java\\script:alert(1))',
    '[x](java&#x09;script:alert(1))',
    '[x]: javascript:alert(1)\n\n[y][x]',
    '<scr<script>ipt>alert(1)</script>',
  ])('%s is inert even in a renderer with raw HTML on', (text) => {
    const html = careless.render(inertMarkdown(`Text ${text}\n\n${text}\n`));
    expect(activeHtml(html)).toEqual([]);
  });

  it.each([
    ['a < b and <b>bold</b>', 'a &lt; b and &lt;b>bold&lt;/b>'],
    [
      '[law](https://adilet.zan.kz/eng) and [mail](mailto:a@b.org) and [rel](#x)',
      '[law](https://adilet.zan.kz/eng) and [mail](mailto:a@b.org) and [rel](#x)',
    ],
    ['[x](javascript:alert(1))', '[x]())'],
    ['![chart](https://example.org/c.png)', '\\![chart](https://example.org/c.png)'],
    ['`<script>` stays code', '`<script>` stays code'],
    ['```\n<div>\n```\n<div>', '```\n<div>\n```\n&lt;div>'],
  ])('%j → %j', (md, out) => {
    expect(inertMarkdown(md)).toBe(out);
  });
});
