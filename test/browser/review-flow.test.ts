import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, openPath, type Running } from './harness.ts';
import { PASSWORD, startWithUsers } from './review-flow-setup.ts';

// The review workflow of issue 5 in Chromium, on the real server and a freshly seeded database:
// a focal point writes and submits, a reviewer comments, requests changes, accepts and publishes,
// and the public reads the published report, its synthesis and the synthesis' PDF.

const CYCLE = 'beijing30-flow';
const ADMIN = { email: 'admin@example.org', name: 'Ada Admin', roles: ['--admin'] };
const FOCAL = {
  email: 'kaz.focal@example.org',
  name: 'Aigerim Focal',
  roles: ['--role', 'focal-point', '--scope', 'KAZ'],
};
const REVIEWER = {
  email: 'reviewer@example.org',
  name: 'Rita Reviewer',
  roles: ['--role', 'regional-reviewer', '--scope', 'unece'],
};
const INJECTION = '<script>alert("xss")</script><img src=x onerror="alert(2)"> [click](javascript:alert(3))';

let app: Running;
const dialogs: string[] = [];

beforeAll(async () => {
  app = await startWithUsers([ADMIN, FOCAL, REVIEWER]);
}, 300_000);
afterAll(() => app?.stop());

/** A browser context per person (its own cookies), with every dialog recorded (none may open). */
async function personPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page };
}

const open = (page: Page, path: string): Promise<void> => openPath(app, page, path);

async function signIn(page: Page, who: { email: string; name: string }, next = '/cycles'): Promise<void> {
  await open(page, `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(who.name) }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** A JSON request from the page with its session cookie and CSRF token, as the app sends it. */
async function apiFromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as {
        csrfToken?: string;
      };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'X-CSRF-Token': me.csrfToken ?? '' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    { method, path, body },
  );
}

const reportPath = `/cycles/${CYCLE}/reports/KAZ`;

describe('the review workflow in Chromium', () => {
  let focal: Page;
  let reviewer: Page;

  it('signs an administrator in and out, who creates the review cycle', async () => {
    const { page } = await personPage();
    await open(page, '/sign-in');
    await expectAccessible(page, 'review-sign-in');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('The email or the password is wrong.');
    await signIn(page, ADMIN);
    const created = await apiFromPage(page, 'POST', '/api/cycles', {
      code: CYCLE,
      title: 'Beijing+30 review (browser test)',
      regionSet: 'unece',
      opensOn: '2024-01-15',
      submissionDeadline: '2024-06-30',
      meetingFrom: '2024-10-21',
      meetingTo: '2024-10-22',
    });
    expect(created.status).toBe(201);
    const menu = page.getByRole('button', { name: /Ada Admin/ });
    await menu.click();
    await expect(page.locator('.user-menu-roles').textContent()).resolves.toBe('Administrator');
    await expectAccessible(page, 'review-user-menu');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const me = await apiFromPage(page, 'GET', '/api/auth/me');
    expect(me.json).toEqual({ kind: 'public' });
  });

  it('lets the focal point start the report, write a section with an evidence block, save and submit', async () => {
    ({ page: focal } = await personPage());
    await signIn(focal, FOCAL, '/account');
    await expect
      .poll(() => focal.locator('.account-facts').textContent())
      .toMatch(/Aigerim Focal.*kaz\.focal@example\.org.*National focal point · Kazakhstan/);
    await expectAccessible(focal, 'review-account');
    await open(focal, `/cycles/${CYCLE}`);
    await focal.getByRole('button', { name: 'Start the report of Kazakhstan' }).click();
    await focal.waitForURL(`**${reportPath}**`);
    await focal.getByRole('heading', { level: 1, name: /Kazakhstan/ }).waitFor();
    const priorities = focal.getByRole('textbox', { name: /Text of “Priorities/ });
    await priorities.fill(`Our first priority is ending violence against women. The GII is `);
    const section = focal.locator('#section-priorities');
    await section.getByRole('button', { name: 'Insert evidence…' }).click();
    await section.getByLabel('Kind').selectOption('index');
    await expect
      .poll(() => section.locator('.live-value').textContent())
      .toMatch(/In the data now: 0\.182 \(2023, HDR25\)/);
    await expectAccessible(focal, 'review-evidence-inserter');
    await section.getByRole('button', { name: 'Insert at the cursor' }).click();
    await expect(priorities.inputValue()).resolves.toBe(
      'Our first priority is ending violence against women. The GII is {{evidence:index:area=KAZ,index=gii}}',
    );
    await priorities.press('End');
    await priorities.type(`.\n\n${INJECTION}`);
    await expectAccessible(focal, 'review-editor');
    await focal.getByRole('button', { name: 'Save', exact: true }).click();
    await focal.getByText(/Saved as version 2/).waitFor();
    await section.getByRole('button', { name: 'Preview' }).click();
    const html = section.locator('.report-html');
    await expect(html.locator('.evidence-index').textContent()).resolves.toMatch(
      /^0\.182 \(Gender Inequality Index \(GII\), Kazakhstan, 2023; computed from HDR25 components/,
    );
    await expect(html.textContent()).resolves.toContain('<script>alert("xss")</script>');
    expect(await html.locator('script, img, a[href^="javascript"]').count()).toBe(0);
    await focal.getByRole('button', { name: 'Submit the report' }).click();
    await focal.getByText(/Submitted\. 1 evidence block was pinned\./).waitFor();
    await expect.poll(() => focal.locator('.report-status').textContent()).toMatch(/Submitted/);
    await expect(focal.locator('.evidence-mode').textContent()).resolves.toMatch(/^Evidence is pinned/);
    expect(await focal.locator('textarea.markdown-input').count()).toBe(0);
    await expectAccessible(focal, 'review-submitted');
  });

  it('lets the reviewer start the review, comment on the section and request changes', async () => {
    ({ page: reviewer } = await personPage());
    await signIn(reviewer, REVIEWER, `/cycles/${CYCLE}`);
    await expect(reviewer.locator('.reports-table tbody tr').textContent()).resolves.toMatch(
      /Kazakhstan.*Submitted/,
    );
    await reviewer.locator('.reports-table').getByRole('link', { name: 'Kazakhstan' }).click();
    await reviewer.getByRole('button', { name: 'Start the review' }).click();
    await reviewer.getByText('Review started.').waitFor();
    await reviewer
      .locator('#section-priorities')
      .getByRole('button', { name: /^Comment/ })
      .click();
    const comment = reviewer.getByRole('textbox', { name: /Comment on “Priorities/ });
    await comment.fill(`Please add the 2023 shelter figures. ${INJECTION}`);
    await reviewer.getByRole('button', { name: 'Add comment' }).click();
    await reviewer.locator('.comment').first().waitFor();
    await expect(reviewer.locator('.comment-body').first().textContent()).resolves.toContain('<script>');
    await reviewer.getByLabel(/Note with the next step/).fill('See the comment on priorities.');
    await reviewer.getByRole('button', { name: 'Request changes' }).click();
    await reviewer.getByText('Changes requested.').waitFor();
    await expectAccessible(reviewer, 'review-changes-requested');
  });

  it('lets the focal point read the comment, revise and resubmit', async () => {
    await open(focal, reportPath);
    await expect(focal.locator('.comment-body').first().textContent()).resolves.toMatch(
      /Please add the 2023 shelter figures/,
    );
    const priorities = focal.getByRole('textbox', { name: /Text of “Priorities/ });
    await priorities.press('End');
    await priorities.type('\n\nIn 2023, 1,200 women were sheltered.');
    // Meanwhile a colleague saves the achievements section (another session, version 4).
    const list = (await apiFromPage(focal, 'GET', `/api/cycles/${CYCLE}/reports`)).json as {
      items: { id: number }[];
    };
    const id = list.items[0]!.id;
    const stored = (await apiFromPage(focal, 'GET', `/api/reports/${id}`)).json as {
      currentVersion: number;
      sections: { id: string; markdown: string }[];
    };
    const colleague = await apiFromPage(focal, 'PUT', `/api/reports/${id}`, {
      baseVersion: stored.currentVersion,
      sections: {
        priorities: stored.sections.find((x) => x.id === 'priorities')!.markdown,
        achievements: 'The 2023 amendments to the electoral law.',
      },
    });
    expect(colleague.status).toBe(200);
    await focal.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = focal.locator('.conflict');
    await conflict.getByRole('heading', { name: 'Not saved: someone saved a newer version' }).waitFor();
    await expect(conflict.locator('legend').allTextContents()).resolves.toEqual([
      'Priorities',
      'Achievements',
    ]);
    await expectAccessible(focal, 'review-conflict');
    await conflict.locator('fieldset', { hasText: 'Achievements' }).getByLabel('Take version 4').check();
    await conflict.getByRole('button', { name: 'Use these choices and continue editing' }).click();
    await expect(focal.getByRole('textbox', { name: /Text of “Achievements/ }).inputValue()).resolves.toBe(
      'The 2023 amendments to the electoral law.',
    );
    await expect(priorities.inputValue()).resolves.toMatch(/\n\nIn 2023, 1,200 women were sheltered\.\n/);
    await focal.getByRole('button', { name: 'Save', exact: true }).click();
    await focal.getByText(/Saved as version 5/).waitFor();
    await focal.getByRole('button', { name: 'Resubmit the report' }).click();
    await focal.getByText(/^Submitted\./).waitFor();
    await expect.poll(() => focal.locator('.report-status').textContent()).toMatch(/Resubmitted/);
  });

  it('lets the reviewer see what changed, accept and publish', async () => {
    await open(reviewer, `${reportPath}?tab=history`);
    await reviewer.locator('.diff-text ins', { hasText: '1,200 women were sheltered' }).waitFor();
    await expect(reviewer.locator('.diff').textContent()).resolves.toMatch(
      /^From version 3 to version 6: 2 sections changed\./,
    );
    await expect(reviewer.locator('.event-list li').count()).resolves.toBe(4);
    await expectAccessible(reviewer, 'review-history');
    await open(reviewer, reportPath);
    await reviewer.getByRole('button', { name: 'Start the review' }).click();
    await reviewer.getByText('Review started.').waitFor();
    // Qualitative coding: the reviewer tags a passage of the section as a good practice.
    const priorities = reviewer.locator('#section-priorities');
    await priorities.getByRole('button', { name: /^Tag a passage/ }).click();
    await reviewer.getByLabel('Passage (as written in the section)').fill('ending violence against women');
    await reviewer.getByLabel('Good practice').check();
    await reviewer.getByLabel('SDG targets (e.g. 5.5, 5.a)').fill('5.2');
    await reviewer.getByRole('button', { name: 'Tag the passage' }).click();
    await expect
      .poll(() => priorities.locator('.tag-list').textContent())
      .toMatch(/^ending violence against women \(Good practice · SDG 5\.2\)/);
    await expectAccessible(reviewer, 'review-under-review');
    await reviewer.getByRole('button', { name: 'Accept' }).click();
    await reviewer.getByText('Accepted.').waitFor();
    await reviewer.getByRole('button', { name: 'Publish' }).click();
    await reviewer.getByRole('button', { name: 'Yes, publish' }).click();
    await reviewer.getByText('Published.').waitFor();
    await expect.poll(() => reviewer.locator('.report-status').textContent()).toMatch(/Published/);
  });

  it('shows reviewers the tracker and the tags, and lets them generate, edit and publish the synthesis', async () => {
    await open(reviewer, `/cycles/${CYCLE}`);
    const tracker = reviewer.locator('.tracker');
    await expect(tracker.locator('p').first().textContent()).resolves.toMatch(
      /^1 of 56 member States have started a report, 1 have submitted/,
    );
    await expect(
      tracker.locator('.tracker-table tr', { hasText: 'Kazakhstan' }).textContent(),
    ).resolves.toMatch(/Kazakhstan● Published.*10 empty sections/);
    await expect(reviewer.locator('.tag-results').textContent()).resolves.toMatch(
      /Kazakhstan, Priorities: ending violence against women \(Good practice/,
    );
    await expectAccessible(reviewer, 'review-cycle-reviewer');
    await reviewer.getByRole('link', { name: 'Regional synthesis' }).click();
    await reviewer.getByRole('button', { name: 'Generate a new draft from the current data' }).click();
    const text = reviewer.locator('.synthesis-html');
    await text.waitFor();
    await expect(text.textContent()).resolves.toMatch(
      /1 of 56 member States have submitted a national report/,
    );
    await expect(text.textContent()).resolves.toMatch(/ending violence against women/);
    await reviewer.getByRole('button', { name: 'Edit' }).click();
    const markdown = reviewer.getByLabel('Text of the synthesis (Markdown)');
    await markdown.press('ControlOrMeta+End');
    await markdown.type(`\n\nReviewed in the browser test. ${INJECTION}`);
    await reviewer.getByLabel(/Publish this version/).check();
    await reviewer.getByRole('button', { name: 'Save as a new version' }).click();
    await expect
      .poll(() => reviewer.locator('.report-status').textContent())
      .toMatch(/^● Published Version 2, edited/);
    await expect(text.textContent()).resolves.toContain('<script>alert("xss")</script>');
    expect(await text.locator('script, img, a[href^="javascript"]').count()).toBe(0);
    await expectAccessible(reviewer, 'review-synthesis-editor');
  });

  it('shows the public the published synthesis, with the report in it, and its PDF', async () => {
    const { page } = await personPage();
    await open(page, `/cycles/${CYCLE}/synthesis`);
    const text = page.locator('.synthesis-html');
    await expect(text.textContent()).resolves.toMatch(/Kazakhstan/);
    await expect(text.textContent()).resolves.toMatch(/Reviewed in the browser test\./);
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await expectAccessible(page, 'review-synthesis-public');
    const pdf = page.getByRole('link', { name: 'PDF' });
    const res = await page.request.get(new URL((await pdf.getAttribute('href'))!, app.url).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const md = await page.request.get(
      new URL((await page.getByRole('link', { name: 'Markdown' }).getAttribute('href'))!, app.url).toString(),
    );
    expect(md.status()).toBe(200);
    expect(await md.text()).toMatch(/Kazakhstan/);
  });

  it('shows the public the demonstration meeting record, each claim with its verdict linked to the claims page', async () => {
    const { page } = await personPage();
    await open(page, '/cycles/beijing30-unece');
    await page.getByRole('link', { name: /^Meeting record: Geneva/ }).click();
    await page.locator('.statement').first().waitFor();
    const statement = page.locator('.statement', { hasText: 'Yerlan Alimbayev' });
    await expect(statement.locator('h4').textContent()).resolves.toBe('3 quantitative claims checked');
    await expect(statement.locator('.statement-claims .verdict').allTextContents()).resolves.toEqual([
      '✗ Not supported',
      '◐ Partly supported',
      '? Not checkable',
    ]);
    await expectAccessible(page, 'review-meeting');
    await statement.getByRole('link', { name: 'See the evidence on the claims page' }).first().click();
    await page.locator('.claims-text mark').nth(2).waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
  });

  it('shows the published report to the public, evidence pinned and injected markup inert', async () => {
    const { page } = await personPage();
    await open(page, `/cycles/${CYCLE}`);
    await expect(page.locator('.reports-table tbody tr').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Kazakhstan' }).click();
    await page.getByRole('heading', { level: 1, name: /Kazakhstan/ }).waitFor();
    const text = page.locator('#section-priorities .report-html');
    await expect(text.textContent()).resolves.toMatch(
      /The GII is 0\.182 \(Gender Inequality Index \(GII\), Kazakhstan, 2023/,
    );
    await expect(text.textContent()).resolves.toContain('<img src=x onerror="alert(2)">');
    expect(await page.locator('main script, main img, main a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('.comments').count()).toBe(0);
    expect(await page.locator('.workflow').count()).toBe(0);
    await expectAccessible(page, 'review-public-report');
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: /^Partie 1\. Priorités/ }).waitFor();
    await expect(page.locator('.report-status .state-badge').textContent()).resolves.toBe('● Publié');
    await expect(page.locator('.evidence-mode').textContent()).resolves.toMatch(/^Données figées/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await expectAccessible(page, 'review-public-report-fr');
    expect(dialogs).toEqual([]);
  });
});
