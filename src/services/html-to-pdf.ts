import { existsSync } from 'node:fs';
import type * as Playwright from 'playwright-core';

/**
 * A print-ready HTML page to PDF through headless Chromium (Debian's `/usr/bin/chromium`, or
 * `PARITY_CHROMIUM`), driven by `playwright-core`. Neither is a dependency a server must have:
 * when one is missing the answer says which and how to install it. The page is rendered with
 * JavaScript off and every network request refused, so nothing in it can run or load anything.
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export type PdfResult =
  | { readonly ok: true; readonly pdf: Uint8Array }
  | {
      readonly ok: false;
      readonly reason: 'chromium-missing' | 'playwright-missing' | 'render-failed';
      readonly message: string;
    };

export interface PdfOptions {
  /** Path of the Chromium executable; default `PARITY_CHROMIUM` or /usr/bin/chromium. */
  readonly chromium?: string;
  /** Give up after this many milliseconds (default 60 s). */
  readonly timeoutMs?: number;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARITY_CHROMIUM || DEFAULT_CHROMIUM;
}

export async function htmlToPdf(html: string, opts: PdfOptions = {}): Promise<PdfResult> {
  const executablePath = opts.chromium ?? chromiumPath();
  if (!existsSync(executablePath))
    return {
      ok: false,
      reason: 'chromium-missing',
      message:
        `PDF export needs headless Chromium, and there is none at ${executablePath}: install it ` +
        '(Debian: apt-get install chromium) or set PARITY_CHROMIUM to its path. The HTML export ' +
        'prints to the same pages from any browser.',
    };
  let playwright: typeof Playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    return {
      ok: false,
      reason: 'playwright-missing',
      message:
        'PDF export drives Chromium with the playwright-core package, which is not installed here ' +
        '(it is a development dependency: npm install playwright-core). The HTML export prints to the same pages.',
    };
  }
  const timeout = opts.timeoutMs ?? 60_000;
  let browser: Awaited<ReturnType<typeof playwright.chromium.launch>> | undefined;
  try {
    browser = await playwright.chromium.launch({
      executablePath,
      timeout,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    return { ok: true, pdf: new Uint8Array(pdf) };
  } catch (e) {
    return {
      ok: false,
      reason: 'render-failed',
      message: `Chromium could not print the page: ${(e as Error).message}`,
    };
  } finally {
    await browser?.close().catch(() => undefined);
  }
}
