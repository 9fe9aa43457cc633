import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, openPath, type Running, startAppAndBrowser } from './harness.ts';

// The progress pages on the real server and a freshly seeded database, in Debian's Chromium.
let app: Running;
let page: Page;

beforeAll(async () => {
  app = await startAppAndBrowser();
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 240_000);
afterAll(() => app?.stop());

const open = (path: string): Promise<void> => openPath(app, page, path);

describe('the progress pages in Chromium', () => {
  it("shows Kazakhstan's GII in both HDR editions with each method's verdict", async () => {
    await open('/progress/KAZ');
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan: progress towards targets' }).waitFor();
    const gii = page.locator('tr[data-indicator="hdr.gii"]');
    await expect(gii.count()).resolves.toBe(2);
    const [hdr25, hdr2324] = await gii.allTextContents();
    // HDR25: 0.182 in 2023; HDR23-24: 0.177 in 2022. Both fall faster than 1.5 % a year since 2015
    // (no GII target: the growth ratio's no-target test), and SDSN and ESCAP do not apply.
    expect(hdr25).toMatch(/HDR25[\s\S]*0\.182[\s\S]*2023[\s\S]*on track/);
    expect(hdr2324).toMatch(/HDR23-24[\s\S]*0\.177[\s\S]*2022[\s\S]*on track/);
    expect(hdr25).toMatch(/not applicable/);
    expect(await page.locator('.disagree-marker').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'progress-kaz');
  });

  it('opens a row: the chart of both editions with its trend, summary, table and inputs', async () => {
    await open('/progress/KAZ');
    await page.getByRole('button', { name: /Details Gender Inequality Index \(GII\), HDR25/ }).click();
    await page.waitForURL(/open=/);
    const detail = page.locator('.series-detail');
    await detail.locator('.chart-canvas svg').first().waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('went from 0.370 in 2000 to 0.182 in 2023');
    expect(text).toMatch(/reaches 0\.134 in 2030/);
    expect(text).toMatch(/Base value\s*0\.217 \(2015\)/);
    // The row's chart is the detail's first (the trend analysis has its own below).
    const chart = detail.locator('figure.chart').first();
    await chart.getByText('Show the data table').click();
    const heads = await chart.locator('.chart-table thead th').allTextContents();
    expect(heads).toEqual(['Year', 'HDR25', 'HDR23-24', 'Linear trend']);
    await expectAccessible(page, 'progress-kaz-gii-detail');
  });

  it("analyses the trend of Kazakhstan's GII (HDR25): its largest improvement 2000–2022, −54.6 %", async () => {
    await open('/progress/KAZ');
    await page.getByRole('button', { name: /Details Gender Inequality Index \(GII\), HDR25/ }).click();
    await page.waitForURL(/open=/);
    const trend = page.locator('.trend-analysis');
    await trend.locator('table.trend-measures').waitFor();
    // The whole span, 2000–2023: 0.370 in 2000 → 0.168 in 2022 is the largest fall of any two years.
    const improvement = trend.locator('tr[data-measure="improvement"]');
    expect(await improvement.locator('th').textContent()).toBe('Largest improvement');
    expect(await improvement.locator('td').first().textContent()).toMatch(
      /^2000–2022: 0\.370 → 0\.168, [-−]0\.202 \([-−]54\.6%\)$/,
    );
    await trend.locator('.chart-canvas svg').first().waitFor();
    expect(await trend.locator('.chart-summary').first().textContent()).toMatch(
      /Largest improvement: 2000–2022, from 0\.370 to 0\.168 \([-−]0\.202, [-−]54\.6%\)/,
    );
    expect(await trend.locator('.trend-weighting').textContent()).toMatch(/UNCONFIRMED[\s\S]*ESCAP/);
    await expectAccessible(page, 'progress-kaz-gii-trend');
    // The window ends in 2022 (kept in the URL): the change over it is that same fall.
    await trend.getByRole('combobox', { name: /^To\b/ }).selectOption('2022');
    await page.waitForURL(/[?&]to=2022/);
    await expect
      .poll(() => trend.locator('tr[data-measure="change"] td').first().textContent())
      .toMatch(/^2000–2022: 0\.370 → 0\.168, [-−]0\.202 \([-−]54\.6%\)$/);
  });

  it('shows the quota with the statement as its only source, and the methods marked UNCONFIRMED', async () => {
    await open('/progress/KAZ');
    const quota = page.locator('.quota-card');
    await quota.waitFor();
    const text = (await quota.textContent()) ?? '';
    expect(text).toContain('Source: the statement itself.');
    expect(text).toMatch(/30%/);
    expect(text).toMatch(/women, youth, women with disabilities/);
    expect(text).toMatch(/not comparable/);
    // Every source's latest seat share, with the seats it counts: HDR25 19.6 % of both chambers in 2023.
    expect(text).toMatch(/HDR25[\s\S]*2023[\s\S]*19\.6%[\s\S]*both chambers combined/);
    const methods = page.locator('.methods-panel');
    await methods.locator('.method-card').first().waitFor();
    expect(await methods.locator('.badge-unconfirmed').count()).toBeGreaterThan(0);
    expect(await methods.textContent()).toContain('UNCONFIRMED');
  });

  it('switches the progress page to Russian', async () => {
    await open('/progress/KAZ');
    await page.getByLabel('Language').selectOption('ru');
    await page.waitForURL(/lang=ru/);
    await page.getByRole('heading', { level: 1, name: 'Казахстан: продвижение к целям' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Квоты' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Как оценивается продвижение' }).waitFor();
    await expect
      .poll(() => page.locator('tr[data-indicator="hdr.gii"]').first().textContent(), { timeout: 15_000 })
      .toMatch(/Индекс гендерного неравенства[\s\S]*на верном пути/);
    expect(await page.locator('.quota-card').textContent()).toContain('Источник: само заявление.');
    await expectAccessible(page, 'progress-kaz-ru');
  });

  it('says so for an unknown country', async () => {
    await open('/progress/XYZ');
    await page.getByRole('heading', { level: 1, name: 'Country not found' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('There is no country with the code “XYZ”');
  });

  it('shows the UNECE aggregates with their coverage and the members by category', async () => {
    await open('/progress/region/unece');
    await page
      .getByRole('heading', { level: 1, name: 'UNECE member States: progress towards targets' })
      .waitFor();
    const gii = page.locator('tr[data-indicator="hdr.gii"]');
    // HDR25: 50 of the 56 members have a GII for 2023.
    await expect(gii.textContent()).resolves.toMatch(/2023 · 50 of 56 \(89\.3%\)/);
    const detail = page.locator('.region-detail');
    await detail.locator('.chart-canvas svg').first().waitFor();
    await detail.getByText('Show the data table').click();
    const row2023 = detail.locator('.aggregate-table tbody tr', { hasText: /^2023/ });
    expect(await row2023.textContent()).toMatch(/50 of 56 \(89\.3%\)/);
    expect(await detail.locator('.aggregate-table thead').textContent()).toMatch(
      /Simple mean[\s\S]*Median[\s\S]*Population-weighted mean[\s\S]*Members with data/,
    );
    expect(await detail.locator('.member-distribution').textContent()).toContain(
      '50 of 56 members have data',
    );
    // Each category opens onto its members: Kazakhstan's GII (0.182 in 2023) is on track.
    const onTrack = detail.locator('[data-method="growthRatio"] tr[data-category="on-track"]');
    await onTrack.locator('summary').click();
    await expect(onTrack.getByRole('listitem').filter({ hasText: 'Kazakhstan' }).textContent()).resolves.toBe(
      'Kazakhstan 0.182 (2023)',
    );
    await expectAccessible(page, 'progress-region-unece');
  });

  it("lists a category's members, each linking to its own progress page", async () => {
    await open('/progress/region/central-asia?indicator=hdr.pr&base=2015');
    const detail = page.locator('.region-detail');
    await detail.getByRole('heading', { level: 2, name: /seats in parliament/ }).waitFor();
    // HDR25, 2015 → 2023: Kazakhstan 20.1 → 19.6 and Turkmenistan 25.8 → 25.6 fell.
    const fell = detail.locator('[data-method="growthRatio"] tr[data-category="deterioration"]');
    await expect(fell.locator('td').first().textContent()).resolves.toBe('2');
    await fell.locator('summary').click();
    await expect(fell.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Kazakhstan 19.6% (2023)',
      'Turkmenistan 25.6% (2023)',
    ]);
    await expectAccessible(page, 'progress-region-central-asia-members');
    await fell.getByRole('link', { name: 'Kazakhstan' }).click();
    await page.waitForURL(/\/progress\/KAZ\?base=2015&lang=en$/);
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan: progress towards targets' }).waitFor();
  });

  it('marks the years below the coverage rule in a small region', async () => {
    await open('/progress/region/central-asia');
    const detail = page.locator('.region-detail');
    await detail.locator('.chart-canvas svg').first().waitFor();
    // The GII has one Central Asian member before 2000: those years have no aggregate.
    expect(await detail.locator('.chart-summary').textContent()).toMatch(/years are below the coverage rule/);
    await detail.getByText('Show the data table').click();
    expect(await detail.locator('.aggregate-table tr.below-coverage').first().textContent()).toMatch(
      /below the coverage rule[\s\S]*1 of 5 \(20%\)/,
    );
    await expectAccessible(page, 'progress-region-central-asia');
  });
});
