import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, openPath, type Running, screenshot, startAppAndBrowser } from './harness.ts';

// The real server on a freshly seeded database, driven by Debian's Chromium: what a user sees.
let app: Running;
let page: Page;

beforeAll(async () => {
  app = await startAppAndBrowser();
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
}, 240_000);
afterAll(() => app?.stop());

const open = (path: string): Promise<void> => openPath(app, page, path);

describe('the web app in Chromium', () => {
  it('opens the regional overview with its map', async () => {
    await open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Regional overview');
    await page.locator('.chart-canvas svg').first().waitFor();
    expect(await page.locator('body').textContent()).toMatch(/of 56 members have a value/);
    await expectAccessible(page, 'home-en');
  });

  it('switches to Russian and shows Russian country names', async () => {
    await open('/');
    await page.getByLabel('Language').selectOption('ru');
    await page.waitForURL(/lang=ru/);
    await page.getByRole('heading', { level: 1, name: 'Региональный обзор' }).waitFor();
    // Each part of the page keeps its English data on screen while its Russian data loads, so wait
    // until every part has switched: Russian names present and no English name left.
    const mainText = () => page.locator('main').textContent();
    await expect.poll(mainText, { timeout: 20_000 }).toContain('Армения');
    await expect.poll(mainText, { timeout: 20_000 }).not.toMatch(/Kazakhstan|Armenia/);
    await page.locator('.chart-canvas svg').first().waitFor();
    expect(await mainText()).toContain('Казахстан');
    await expectAccessible(page, 'home-ru');
  });

  it("opens Kazakhstan's profile and changes edition", async () => {
    await open('/country/KAZ');
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan' }).waitFor();
    const gii = page.locator('.card', { hasText: 'Gender Inequality Index (GII)' }).first();
    await expect(gii.textContent()).resolves.toMatch(/0\.182[\s\S]*2023 · HDR25/);
    await expectAccessible(page, 'country-kaz');
    await page.getByRole('combobox', { name: 'HDR edition' }).selectOption('HDR23-24');
    await page.waitForURL(/edition=HDR23-24/);
    await expect.poll(() => gii.textContent(), { timeout: 15_000 }).toMatch(/0\.177[\s\S]*2022 · HDR23-24/);
    await screenshot(page, 'country-kaz-hdr23-24');
  });

  it('downloads the CSV of what the explorer shows, with its citation and licence', async () => {
    await open('/explore?indicator=wdi.SG.GEN.PARL.ZS&countries=KAZ,UZB,KGZ');
    const link = page.getByRole('link', { name: 'Download CSV (zip)' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const rows = strFromU8(files['data.csv']!).trim().split(/\r?\n/);
    const header = rows[0]!.split(',');
    const area = header.indexOf('area');
    const year = header.indexOf('year');
    const value = header.indexOf('value');
    const kaz2020 = rows
      .slice(1)
      .map((r) => r.split(','))
      .find((c) => c[area] === 'KAZ' && c[year] === '2020');
    expect(Number(kaz2020?.[value])).toBeCloseTo(27.1028, 3);
    expect(new Set(rows.slice(1).map((r) => r.split(',')[area]))).toEqual(new Set(['KAZ', 'KGZ', 'UZB']));
    const readme = strFromU8(files['README.md']!);
    expect(readme).toMatch(/World Development Indicators/);
    expect(readme).toMatch(/CC BY 4\.0/);
    await expectAccessible(page, 'explore-wdi');
  });

  it('compares three countries side by side', async () => {
    await open('/compare?countries=KAZ,KGZ,UZB');
    const table = page.locator('table.compare-table');
    await table.waitFor();
    const heads = await table.locator('thead th').allTextContents();
    expect(heads.join(' | ')).toMatch(/Kazakhstan[\s\S]*Kyrgyzstan[\s\S]*Uzbekistan/);
    await expectAccessible(page, 'compare-kaz-kgz-uzb');
  });

  it('shows sources, import history and data availability', async () => {
    await open('/data');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/CC BY 3\.0 IGO/);
    await expectAccessible(page, 'data');
  });
});
