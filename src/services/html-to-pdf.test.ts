import { describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM, htmlToPdf } from './html-to-pdf.ts';

describe(htmlToPdf, () => {
  // CI installs Debian's Chromium at /usr/bin/chromium: without it this test fails, it does not skip.
  it('prints a page to PDF with headless Chromium', async () => {
    const r = await htmlToPdf(
      '<!doctype html><html><body><h1>Regional synthesis</h1><p>Text.</p></body></html>',
    );
    if (!r.ok) throw new Error(r.message);
    expect(Buffer.from(r.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.pdf.byteLength).toBeGreaterThan(1000);
  });

  it('says clearly when Chromium is missing, and how to get it', async () => {
    const r = await htmlToPdf('<p>x</p>', { chromium: '/nonexistent/chromium' });
    expect(r).toMatchObject({ ok: false, reason: 'chromium-missing' });
    expect(!r.ok && r.message).toMatch(
      /PDF export needs headless Chromium, and there is none at \/nonexistent\/chromium: install it \(Debian: apt-get install chromium\) or set PARITY_CHROMIUM/,
    );
  });
});

describe(chromiumPath, () => {
  it.each([
    [{}, DEFAULT_CHROMIUM],
    [{ PARITY_CHROMIUM: '/opt/chrome/chrome' }, '/opt/chrome/chrome'],
  ])('%j → %s', (env, path) => {
    expect(chromiumPath(env)).toBe(path);
  });
});
