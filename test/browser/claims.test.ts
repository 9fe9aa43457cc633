import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { expectAccessible, openPath, type Running, startAppAndBrowser } from './harness.ts';

// The claim-checking page on the real server and a freshly seeded database, in Chromium.
let app: Running;
let page: Page;

const KAZ =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';

beforeAll(async () => {
  app = await startAppAndBrowser();
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 240_000);
afterAll(() => app?.stop());

const open = (path: string): Promise<void> => openPath(app, page, path);

/** Waits for the three highlights and every evidence chart of the Kazakh statement. */
async function kazResult(): Promise<void> {
  await page.locator('.claims-text mark').nth(2).waitFor();
  await expect.poll(() => page.locator('.claim-card .chart-canvas > *').count(), { timeout: 20_000 }).toBe(5);
}

describe('the claim-checking page in Chromium', () => {
  it('explains what it does before a check, and says so beside the field when the text is empty', async () => {
    await open('/claims');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check a claim');
    expect(await page.locator('main').textContent()).toMatch(
      /How it works[\s\S]*These include a 60% reduction/,
    );
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Statement to check' });
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Enter a statement to check.');
    await expect(page.locator('textarea:focus').count()).resolves.toBe(1);
    await expectAccessible(page, 'claims-empty');
  });

  it("checks Kazakhstan's statement from the example: three claims, each with its verdict and evidence", async () => {
    await open('/claims');
    const reads: string[] = [];
    const onRequest = (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) reads.push(`${r.method()} ${url.pathname}`);
    };
    page.on('request', onRequest);
    await page.getByRole('button', { name: /Try an example/ }).click();
    await kazResult();
    page.off('request', onRequest);
    // The charts draw the points that come with the check: no series is read from /api/observations.
    expect(reads).toContain('POST /api/claims/check');
    expect(reads.filter((r) => r.includes('/api/observations'))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('text')).toBe(KAZ);
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    const marks = page.locator('.claims-text mark');
    await expect(marks.count()).resolves.toBe(3);
    await expect(marks.allTextContents()).resolves.toEqual([
      expect.stringMatching(
        /^These include a 60% reduction in the gender inequality index1 ✗ \(claim 1: Not supported/,
      ),
      expect.stringMatching(
        /^introduction of a 30% quota in Parliament.*disabilities2 ◐ \(claim 2: Partly supported/,
      ),
      expect.stringMatching(/^increased female leadership in state governance3 \? \(claim 3: Not checkable/),
    ]);
    expect(await page.locator('.claims-count').textContent()).toBe(
      '3 claims found — Partly supported: 1 · Not supported: 1 · Not checkable: 1.',
    );

    const gii = page.locator('#claim-1');
    await expect(gii.locator('.verdict-badge').textContent()).resolves.toBe('✗ Not supported');
    const giiText = (await gii.textContent()) ?? '';
    expect(giiText).toMatch(/the closest is HDR25 2000–2022: −54\.6 %/);
    expect(giiText).toMatch(/HDR25[\s\S]*2000, 2023[\s\S]*0\.370; 0\.182/);
    expect(giiText).toMatch(/HDR23-24[\s\S]*2000, 2022[\s\S]*0\.372; 0\.177/);
    expect(await gii.locator('.chart-summary').textContent()).toMatch(
      /^HDR25: 0\.370 in 2000, 0\.182 in 2023\. HDR23-24: 0\.372 in 2000, 0\.177 in 2022\. Shaded: 2000–2022, the window closest to the claim\. Dashed line: 0\.148/,
    );

    const quota = page.locator('#claim-2');
    await expect(quota.locator('.verdict-badge').textContent()).resolves.toBe('◐ Partly supported');
    await expect(quota.locator('.source-kind').textContent()).resolves.toMatch(
      /^source: the statement itself/,
    );
    expect(await quota.textContent()).toMatch(
      /Threshold30%[\s\S]*For \(counted together\)women, youth and women/,
    );
    expect(await quota.locator('.chart-summary').textContent()).toMatch(/the 30% threshold of the quota/);

    const leadership = page.locator('#claim-3');
    await expect(leadership.locator('.verdict-badge').textContent()).resolves.toBe('? Not checkable');
    expect(await leadership.textContent()).toMatch(/Why it cannot be checked:.*direction without an amount/);

    // A highlight is a link: Enter on it moves focus to its card.
    await page.locator('.claims-text a').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#claim-1:focus').count()).resolves.toBe(1);
    await expectAccessible(page, 'claims-kaz-en');
  });

  it('opens a shared link in Russian and checks the same text again', async () => {
    await open(`/claims?lang=ru&country=KAZ&text=${encodeURIComponent(KAZ)}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Проверить утверждение',
    );
    await kazResult();
    await expect(page.locator('.claims-text mark').count()).resolves.toBe(3);
    await expect(page.getByRole('textbox', { name: 'Заявление для проверки' }).inputValue()).resolves.toBe(
      KAZ,
    );
    await expect(page.getByRole('combobox', { name: /Страна выступающего/ }).inputValue()).resolves.toBe(
      'KAZ',
    );
    expect(await page.locator('.claims-count').textContent()).toMatch(/^Найдено 3 утверждения/);
    const gii = page.locator('#claim-1');
    await expect(gii.locator('.verdict-badge').textContent()).resolves.toBe('✗ Не подтверждается');
    expect((await gii.locator('.claim-summary').textContent())?.replace(/\s/g, ' ')).toMatch(
      /^Не подтверждается: ни один источник не показывает снижение «gender inequality index» на 60 %.*HDR23-24.*ближе всего HDR25 2000–2022: [-−]54,6 %/,
    );
    await expect(page.locator('#claim-2 .source-kind').textContent()).resolves.toMatch(
      /^источник: само заявление/,
    );
    await expect(page.locator('#claim-3 .verdict-badge').textContent()).resolves.toBe('? Нельзя проверить');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Казахстан');
    expect(main).not.toMatch(/Speaker’s country|Bears the claim out|What limits the verdict|Check a claim/);
    await expectAccessible(page, 'claims-kaz-ru');
  });

  it('says when a text holds no claim, and what claims look like', async () => {
    await open('/claims');
    await page
      .getByRole('textbox', { name: 'Statement to check' })
      .fill('Gender equality matters to all of us.');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('heading', { name: 'No quantitative claim found' }).waitFor();
    expect(await page.locator('.no-claims').textContent()).toMatch(/women hold 27% of seats in parliament/);
    await expectAccessible(page, 'claims-none');
  });

  it('keeps a text longer than 1,500 characters out of the address, and says so', async () => {
    await open('/claims?text=old&country=KAZ');
    const long = `${'The review was held in Geneva in October 2024. '.repeat(35)}Women hold 27% of seats in parliament.`;
    await page.getByRole('textbox', { name: 'Statement to check' }).fill(long);
    await expect(page.locator('.claim-form').textContent()).resolves.toMatch(/not kept in the page address/);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('.claims-text mark').first().waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('text')).toBeNull();
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    await expect(page.locator('#claim-1 .verdict-badge').textContent()).resolves.toBe('◐ Partly supported');
  });
});
