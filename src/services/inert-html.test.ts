import { describe, expect, it } from 'vitest';
import { activeHtml } from './inert-html.ts';

describe(activeHtml, () => {
  it.each([
    ['<script>alert(1)</script>', ['<script>']],
    ['<p>x</p><IMG SRC=x onerror=alert(1)>', ['<IMG SRC=x onerror=alert(1)>']],
    ['<a href="javascript:alert(1)">x</a>', ['<a href="javascript:alert(1)">']],
    ['<a href=" java&#x09;script&colon;alert(1)">x</a>', ['<a href=" java&#x09;script&colon;alert(1)">']],
    ["<span onclick='x()'>y</span>", ["<span onclick='x()'>"]],
    ['<a href="data:text/html,x">x</a>', ['<a href="data:text/html,x">']],
  ])('finds %s', (html, found) => {
    expect(activeHtml(html)).toEqual(found);
  });

  it.each([
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    '<a href="https://example.org" title="a&quot; onmouseover=&quot;alert(1)">x</a>',
    '<p>[x](javascript:alert(1))</p>',
    '<span class="evidence" title="onerror=1">0.161</span>',
  ])('passes %s', (html) => {
    expect(activeHtml(html)).toEqual([]);
  });
});
