import { chromium, type Browser, type Page } from 'playwright-core';
import { summarise, type Timing } from './timing.ts';

/** The page measured, relative to the server. */
export const RENDER_PATH = '/country/KAZ';

/**
 * "Fully rendered", evaluated in the page on every animation frame: the first headline card (GII,
 * the cards' fixed order) shows a number in its `.kpi`; the GII section's trend chart has drawn its
 * SVG (`section[aria-labelledby="gii-h"] .chart-canvas svg`; charts are drawn in effects after React
 * commits the profile); every other `.chart-canvas` on the page holds an SVG too (KAZ has 14); and
 * nothing is `aria-busy`. Yields `performance.now()` (ms since navigation start) once true.
 */
export const RENDERED = `(() => {
  const kpi = document.querySelector('.headline-cards > li:first-child .kpi');
  const gii = document.querySelector('section[aria-labelledby="gii-h"] .chart-canvas svg');
  const charts = [...document.querySelectorAll('.chart-canvas')];
  const done = kpi !== null && /\\d/.test(kpi.textContent ?? '') && gii !== null &&
    charts.every((c) => c.querySelector('svg') !== null) && !document.querySelector('[aria-busy="true"]');
  return done ? performance.now() : false;
})()`;

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const TIMEOUT_MS = 30_000;

export interface RenderRuns {
  /** From calling `page.goto` to the condition seen by Playwright, in ms. */
  readonly wall: Timing;
  /** From navigation start to the frame the condition first held, as the page's clock says, in ms. */
  readonly inPage: Timing;
}

export interface RenderBench {
  /** A fresh browser context (empty HTTP cache) per run. */
  readonly cold: RenderRuns;
  /** One context, loaded once untimed, then navigated to the page again per run (cached assets and API answers). */
  readonly warm: RenderRuns;
}

/**
 * Times headless Chromium loading `baseUrl` + `/country/KAZ` until `RENDERED` holds, `runs` times
 * cold and `runs` times warm. One untimed load first fills the server's response cache for the
 * URLs the page asks for, so cold means a cold browser, not a cold server.
 */
export async function benchRender(baseUrl: string, runs: number): Promise<RenderBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const url = baseUrl + RENDER_PATH;
    await inContext(browser, (page) => loadOnce(page, url));
    const cold: Sample[] = [];
    for (let i = 0; i < runs; i++) cold.push(await inContext(browser, (page) => loadOnce(page, url)));
    const warm = await inContext(browser, async (page) => {
      await loadOnce(page, url);
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await loadOnce(page, url));
      return samples;
    });
    return { cold: summariseRuns(cold), warm: summariseRuns(warm) };
  } finally {
    await browser.close();
  }
}

interface Sample {
  readonly wall: number;
  readonly inPage: number;
}

async function loadOnce(page: Page, url: string): Promise<Sample> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  const handle = await page.waitForFunction(RENDERED, undefined, { polling: 'raf', timeout: TIMEOUT_MS });
  const wall = performance.now() - start;
  const inPage = (await handle.jsonValue()) as number;
  await handle.dispose();
  return { wall, inPage };
}

async function inContext<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

function summariseRuns(samples: readonly Sample[]): RenderRuns {
  return { wall: summarise(samples.map((s) => s.wall)), inPage: summarise(samples.map((s) => s.inPage)) };
}
