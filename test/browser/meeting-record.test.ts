import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, newPersonPage, openPath, type Running } from './harness.ts';
import { PASSWORD, startWithUsers } from './review-flow-setup.ts';

// The meeting record written in the web app (issue 5 §3), in Chromium on the real server and a
// freshly seeded database: a regional reviewer records a meeting of the demonstration cycle with a
// thematic session, records a statement whose claim is checked at once, edits it over a colleague's
// newer version, changes and publishes the meeting; the public reads it, a focal point sees no
// recording controls.

const CYCLE = 'beijing30-unece';
const REVIEWER = {
  email: 'reviewer@example.org',
  name: 'Rita Reviewer',
  roles: ['--role', 'regional-reviewer', '--scope', 'unece'],
};
const FOCAL = {
  email: 'kaz.focal@example.org',
  name: 'Aigerim Focal',
  roles: ['--role', 'focal-point', '--scope', 'KAZ'],
};
const TITLE = 'Beijing+30 follow-up meeting (browser test)';
const SESSION = 'Women in power and decision-making';
// HDR25 19.6 (2023) does not hold, WDI 27.1 (2020) and UNSD 27.1 (2021) do: partly supported.
const SEATS = 'Women hold 27% of seats in parliament in Kazakhstan.';
// HDR25 2023: 0.182.
const GII = "Kazakhstan's GII stood at 0.182 in 2023.";

let app: Running;
let meetingPath = '';

beforeAll(async () => {
  app = await startWithUsers([REVIEWER, FOCAL]);
}, 300_000);
afterAll(() => app?.stop());

const newPage = (): Promise<Page> => newPersonPage(app);

const open = (page: Page, path: string): Promise<void> => openPath(app, page, path);

async function signIn(page: Page, who: { email: string; name: string }, next: string): Promise<void> {
  await open(page, `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(who.name) }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** A JSON request from the page with its session cookie and CSRF token, as the app sends it. */
async function apiFromPage(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken?: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'X-CSRF-Token': me.csrfToken ?? '' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return res.status;
    },
    { method, path, body },
  );
}

const isFocused = (l: Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement);
const announced = (page: Page) => page.locator('p.visually-hidden[role="status"]').textContent();
const controls = (page: Page) =>
  page
    .getByRole('button', {
      name: /^(Record a meeting|Record a statement|Edit the statement|Edit the meeting|Publish|Unpublish|Add a segment)/,
    })
    .count();

describe('the meeting record written in the web app', () => {
  let reviewer: Page;

  it('lets a regional reviewer record a meeting, the server’s field errors shown beside the fields', async () => {
    reviewer = await newPage();
    await signIn(reviewer, REVIEWER, `/cycles/${CYCLE}`);
    await reviewer.getByRole('button', { name: 'Record a meeting' }).click();
    const form = reviewer.locator('form.meeting-form');
    await expect.poll(() => isFocused(form.getByLabel('Title', { exact: true }))).toBe(true);
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Place', { exact: true }).fill('Geneva, Switzerland');
    await form.getByLabel('From', { exact: true }).fill('2025-03-10');
    await form.getByLabel('To', { exact: true }).fill('2025-03-11');
    const first = form.getByRole('group', { name: 'Co-chair 1' });
    await first.getByLabel('Country (ISO3)', { exact: true }).fill('XYZ');
    await form.getByRole('button', { name: 'Add a co-chair' }).click();
    const second = form.getByRole('group', { name: 'Co-chair 2' });
    await second.getByLabel('Name', { exact: true }).fill('Sima Bahous');
    await second.getByLabel('Organisation').fill('UN Women');
    await form.getByRole('button', { name: 'Record the meeting' }).click();
    const country = first.getByLabel('Country (ISO3)', { exact: true });
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    await expect(first.locator('.field-error').textContent()).resolves.toBe(
      'no such country in the catalogue',
    );
    await expect(form.getByRole('alert').textContent()).resolves.toBe(
      'Not saved: 1 field needs correcting; it is marked below.',
    );
    await expect.poll(() => isFocused(country)).toBe(true);
    await expectAccessible(reviewer, 'meeting-new-error');
    await country.fill('kaz');
    await form.getByRole('button', { name: 'Record the meeting' }).click();
    await reviewer.waitForURL(new RegExp(`/cycles/${CYCLE}/meetings/\\d+`));
    meetingPath = new URL(reviewer.url()).pathname;
    await reviewer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(reviewer.locator('.meeting-page > dl.facts').textContent()).resolves.toMatch(
      /Co-chairs.*Kazakhstan; Sima Bahous, UN Women/,
    );
    await reviewer.getByText(/This meeting record is not published/).waitFor();
  });

  it('adds a thematic session and records a statement, its claim checked and announced at once', async () => {
    await reviewer.getByRole('button', { name: 'Add a segment or thematic session' }).click();
    await reviewer.getByLabel('Kind', { exact: true }).selectOption('thematic');
    await reviewer.locator('.meeting-session-form').getByLabel('Title').fill(SESSION);
    await reviewer.getByRole('button', { name: 'Add the session' }).click();
    await reviewer.getByRole('heading', { level: 2, name: `Thematic session: ${SESSION}` }).waitFor();
    await expect.poll(() => announced(reviewer)).toBe(`Added: Thematic session “${SESSION}”.`);

    await reviewer.getByRole('button', { name: 'Record a statement' }).click();
    const form = reviewer.locator('.meeting-statement-form');
    await expect
      .poll(() => form.getByLabel('Session').locator('option:checked').textContent())
      .toBe(`Thematic session: ${SESSION}`);
    await form.getByLabel('Speaker', { exact: true }).fill('Aida Balayeva');
    await form.getByLabel(/Speaker's title/).fill('Deputy Prime Minister of Kazakhstan');
    await form.getByLabel('Country (ISO3 code, e.g. KAZ)').fill('KAZ');
    await form.getByLabel('Text of the statement').fill(SEATS);
    await form.getByLabel(/^Source/).fill('Transcript of the meeting (UN Web TV)');
    await expectAccessible(reviewer, 'meeting-statement-form');
    await form.getByRole('button', { name: 'Save and check the claims' }).click();
    const statement = reviewer.locator('.statement', { hasText: 'Aida Balayeva' });
    await statement.waitFor();
    const said =
      'The statement of Aida Balayeva is saved. 1 quantitative claim found and checked — Partly supported: 1.';
    await expect.poll(() => announced(reviewer)).toBe(said);
    await expect(statement.locator('.meeting-saved').textContent()).resolves.toBe(said);
    await expect(statement.locator('.statement-claims .verdict').allTextContents()).resolves.toEqual([
      '◐ Partly supported',
    ]);
    await expect.poll(() => isFocused(statement)).toBe(true);
    const section = reviewer.locator('.meeting-session', { hasText: SESSION });
    await expect(section.locator('.statement').count()).resolves.toBe(1);
    await expectAccessible(reviewer, 'meeting-statement-saved');
  });

  it('edits the statement over a colleague’s newer version, keeping the reviewer’s text', async () => {
    const statement = reviewer.locator('.statement', { hasText: 'Aida Balayeva' });
    const id = Number((await statement.getAttribute('id'))!.replace('statement-card-', ''));
    await statement.getByRole('button', { name: /^Edit the statement/ }).click();
    const form = reviewer.locator('.meeting-statement-form');
    const text = form.getByLabel('Text of the statement');
    await expect.poll(() => isFocused(text)).toBe(true);
    await text.fill(`${GII} ${SEATS}`);
    // Meanwhile a colleague corrects the source (another session saves version 2).
    const colleague = await apiFromPage(reviewer, 'PUT', `/api/statements/${id}`, {
      baseVersion: 1,
      speaker: 'Aida Balayeva',
      speakerTitle: 'Deputy Prime Minister of Kazakhstan',
      country: 'KAZ',
      text: `${SEATS} (as delivered)`,
      source: 'Press release of the Government of Kazakhstan',
    });
    expect(colleague).toBe(200);
    await form.getByRole('button', { name: 'Save and check the claims' }).click();
    const conflict = form.locator('.meeting-conflict');
    await conflict
      .getByRole('heading', { name: 'Not saved: this statement was changed meanwhile' })
      .waitFor();
    await expect(conflict.locator('dt').allTextContents()).resolves.toEqual(['Session', 'Text', 'Source']);
    await expect(conflict.locator('blockquote').textContent()).resolves.toBe(`${SEATS} (as delivered)`);
    await expect(text.inputValue()).resolves.toBe(`${GII} ${SEATS}`);
    await expectAccessible(reviewer, 'meeting-statement-conflict');
    await conflict.getByRole('button', { name: 'Keep my version and save it' }).click();
    const said =
      'The statement of Aida Balayeva is saved. 2 quantitative claims found and checked — ' +
      'Supported: 1 · Partly supported: 1.';
    await expect.poll(() => announced(reviewer)).toBe(said);
    await expect(statement.locator('.statement-claims .verdict').allTextContents()).resolves.toEqual([
      '✓ Supported',
      '◐ Partly supported',
    ]);
    await expect(statement.locator('blockquote').textContent()).resolves.toBe(`${GII} ${SEATS}`);
    // Keeping the whole of one's version keeps its session and source too.
    await expect(statement.textContent()).resolves.toMatch(/Source: Transcript of the meeting/);
  });

  it('changes the meeting (a wrong date refused beside its field) and publishes it', async () => {
    await reviewer.getByRole('button', { name: 'Edit the meeting' }).click();
    const form = reviewer.locator('form.meeting-form');
    await form.getByLabel('Place', { exact: true }).fill('Almaty, Kazakhstan');
    await form.getByLabel('To', { exact: true }).fill('2025-03-09');
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    const to = form.getByLabel('To', { exact: true });
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    await expect(form.locator('.field-error').first().textContent()).resolves.toBe(
      'to 2025-03-09 is before from 2025-03-10',
    );
    await to.fill('2025-03-12');
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    await expect
      .poll(() => reviewer.locator('.meeting-page > dl.facts').textContent())
      .toMatch(/PlaceAlmaty, Kazakhstan/);
    await reviewer.getByRole('button', { name: 'Publish the meeting record' }).click();
    await reviewer.getByRole('button', { name: 'Unpublish the meeting record' }).waitFor();
    await expect(announced(reviewer)).resolves.toBe(
      'Published: the public can now read this meeting record.',
    );
    expect(await reviewer.getByText(/This meeting record is not published/).count()).toBe(0);
    await expectAccessible(reviewer, 'meeting-published');
    await reviewer.getByLabel('Language').selectOption('fr');
    await reviewer.getByRole('button', { name: 'Enregistrer une déclaration' }).waitFor();
    await expect
      .poll(() => reviewer.getByRole('button', { name: /^Modifier la déclaration/ }).count())
      .toBe(1);
    await expectAccessible(reviewer, 'meeting-fr');
  });

  it('shows the published meeting to the public, without any recording control', async () => {
    const page = await newPage();
    await open(page, `/cycles/${CYCLE}`);
    await page.getByRole('link', { name: /^Meeting record: Almaty, Kazakhstan/ }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const statement = page.locator('.statement', { hasText: 'Aida Balayeva' });
    // The heading comes with the meeting; the statements are a request of their own.
    await expect
      .poll(() => statement.locator('.statement-claims .verdict').allTextContents())
      .toEqual(['✓ Supported', '◐ Partly supported']);
    expect(await controls(page)).toBe(0);
    await expectAccessible(page, 'meeting-public');
  });

  it('shows a focal point no recording control on the cycle or the meeting', async () => {
    const page = await newPage();
    await signIn(page, FOCAL, `/cycles/${CYCLE}`);
    await page.getByRole('link', { name: /^Meeting record: Almaty, Kazakhstan/ }).waitFor();
    expect(await controls(page)).toBe(0);
    await open(page, meetingPath);
    await page.locator('.statement', { hasText: 'Aida Balayeva' }).waitFor();
    expect(await controls(page)).toBe(0);
  });
});
