import { describe, expect, it } from 'vitest';
import { activeHtml, SCRIPT_INJECTIONS as INJECTIONS } from './inert-html.ts';
import { escapeHtml, renderMarkdown, safeHref } from './report-markdown.ts';

describe(renderMarkdown, () => {
  it.each(INJECTIONS)('%s comes out inert', (text) => {
    const html = renderMarkdown(`Before ${text} after\n\n${text}`);
    expect(activeHtml(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps what the author wrote as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('renders ordinary Markdown: headings below the section title, safe links, tables', () => {
    const html = renderMarkdown(
      '# Results\n\n**30%** quota, see [the law](https://adilet.zan.kz/eng) or https://example.org.\n\n' +
        '| year | value |\n|---:|---|\n| 2022 | 0.161 |\n',
    );
    expect(html).toContain('<h3>Results</h3>');
    expect(html).toContain('<strong>30%</strong>');
    expect(html).toContain(
      '<a href="https://adilet.zan.kz/eng" rel="nofollow noopener noreferrer">the law</a>',
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow noopener noreferrer">https://example.org</a>',
    );
    expect(html).toContain('<th style="text-align:right">year</th>');
  });

  it('hands evidence tokens to the renderer, and shows them as code without one', () => {
    const text = 'GII: {{evidence:value:indicator=hdr.gii,area=KAZ}}.';
    const seen: string[] = [];
    const html = renderMarkdown(text, (_spec, key) => {
      seen.push(key);
      return `<span class="evidence" data-evidence="${escapeHtml(key)}">0.161</span>`;
    });
    expect(seen).toEqual(['value:area=KAZ,indicator=hdr.gii']);
    expect(html).toBe(
      '<p>GII: <span class="evidence" data-evidence="value:area=KAZ,indicator=hdr.gii">0.161</span>.</p>\n',
    );
    expect(renderMarkdown(text)).toBe(
      '<p>GII: <code>{{evidence:value:indicator=hdr.gii,area=KAZ}}</code>.</p>\n',
    );
  });

  it('sanitises what an evidence renderer returns too', () => {
    const html = renderMarkdown(
      '{{evidence:value:area=KAZ,indicator=hdr.gii}}',
      () => '<img src=x onerror=alert(1)>ok',
    );
    expect(html).toBe('<p>ok</p>\n');
  });

  it('marks a malformed token with the reason', () => {
    expect(renderMarkdown('{{evidence:value:area=KAZ}}')).toBe(
      '<p><span class="evidence evidence-error" title="value: missing indicator"><code>{{evidence:value:area=KAZ}}</code></span></p>\n',
    );
  });
});

describe(safeHref, () => {
  it.each([
    ['https://www.unwomen.org/en', 'https://www.unwomen.org/en'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    [' JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['//evil.example', undefined],
    [undefined, undefined],
  ])('%j → %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
