import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, newPersonPage, openPath, type Running } from './harness.ts';
import { PASSWORD, startWithUsers } from './review-flow-setup.ts';

// Administration in Chromium, on the real server and a freshly seeded database: the first
// administrator (created with `parity user create --admin`) creates a focal point, sets them a new
// password, which they sign in with; disables them, and the sign-in is refused; creates a review
// cycle. A focal point opening the administration is told it is for administrators.

const ADMIN = { email: 'admin@example.org', name: 'Ada Admin', roles: ['--admin'] };
const FOCAL = { email: 'kaz.focal@example.org', name: 'Aigerim Focal' };
const INITIAL = 'first temporary phrase';
const RESET = 'second temporary phrase';
const CYCLE = 'beijing30-admin';

let app: Running;
let admin: Page;

beforeAll(async () => {
  app = await startWithUsers([ADMIN]);
}, 300_000);
afterAll(() => app?.stop());

const newPage = (): Promise<Page> => newPersonPage(app);

const open = (page: Page, path: string): Promise<void> => openPath(app, page, path);

async function trySignIn(page: Page, email: string, password: string, next = '/cycles'): Promise<void> {
  await open(page, `/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The error announced beside a field (its `aria-describedby` names it). */
async function errorOf(field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
  const page = field.page();
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' | ');
}

describe('administration in Chromium', () => {
  let userPath: string;

  it('takes the administrator from the user menu to the users, and creates a focal point', async () => {
    admin = await newPage();
    await trySignIn(admin, ADMIN.email, PASSWORD);
    await admin.getByRole('button', { name: /Ada Admin/ }).click();
    await admin.getByRole('link', { name: 'Users and roles' }).click();
    await admin.waitForURL(/\/admin\/users/);
    await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await expect(admin.locator('.admin-users tbody').textContent()).resolves.toMatch(
      /Ada Admin.*admin@example\.org.*Administrator.*Active/,
    );

    const form = admin.locator('form', { hasText: 'Create a user' });
    const email = form.getByLabel('Email');
    await email.fill('not an email');
    await form.getByLabel('Name').fill(FOCAL.name);
    await form.getByLabel('Initial password').fill('too short');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(errorOf(email)).resolves.toMatch(/^Expected an email address such as name@example\.org/);
    await expect(errorOf(form.getByLabel('Initial password'))).resolves.toMatch(
      /The password is too short: at least 12 characters\.$/,
    );
    await expect(errorOf(form.getByLabel('Country'))).resolves.toBe(
      'Choose the country or the region this role is for.',
    );
    await expect.poll(() => email.evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);
    await expectAccessible(admin, 'admin-users-errors');

    await email.fill(FOCAL.email);
    await form.getByLabel('Initial password').fill(INITIAL);
    await form.getByLabel('Role').selectOption('focal-point');
    await form.getByLabel('Country').selectOption('KAZ');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByRole('status').textContent()).resolves.toMatch(/^Aigerim Focal was created\./);
    await expect
      .poll(() => admin.locator('.admin-users tbody tr', { hasText: FOCAL.email }).textContent())
      .toMatch(/National focal point · Kazakhstan.*Must change password/);
    await expectAccessible(admin, 'admin-users');

    // The server's refusal goes beside the field it names: the email is taken.
    await email.fill(FOCAL.email.toUpperCase());
    await form.getByLabel('Name').fill('Someone Else');
    await form.getByLabel('Initial password').fill(INITIAL);
    await form.getByLabel('Country').selectOption('KGZ');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(errorOf(email)).resolves.toBe('a user with email kaz.focal@example.org already exists');

    await admin.getByRole('link', { name: FOCAL.name, exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: FOCAL.name }).waitFor();
    userPath = new URL(admin.url()).pathname;
    expect(userPath).toMatch(/^\/admin\/users\/\d+$/);
  });

  it('sets the focal point a new password, which they sign in with; they are not shown the administration', async () => {
    const facts = admin.locator('.facts');
    await expect.poll(() => facts.textContent()).toMatch(/Last sign-in\s*Never signed in/);
    const reset = admin.locator('form', { hasText: 'Set a new password' });
    await reset.getByLabel('New password').fill(RESET);
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await expect(reset.getByRole('status').textContent()).resolves.toMatch(
      /^The new password is set\. Pass it to Aigerim Focal out of band/,
    );

    const focal = await newPage();
    await trySignIn(focal, FOCAL.email, INITIAL);
    await expect(focal.getByRole('alert').textContent()).resolves.toBe('The email or the password is wrong.');
    await trySignIn(focal, FOCAL.email, RESET);
    await focal.waitForURL(/\/account\?must=1/);
    await focal.getByRole('button', { name: /Aigerim Focal/ }).click();
    expect(await focal.getByRole('link', { name: 'Users and roles' }).count()).toBe(0);

    await open(focal, '/admin/users');
    await expect(focal.locator('.admin-only').textContent()).resolves.toMatch(
      /^Administrators only\. This page is for administrators of this Parity instance; your roles do not include it\./,
    );
    expect(await focal.locator('.admin-users, form').count()).toBe(0);
    await expectAccessible(focal, 'admin-users-focal-point');
    await open(focal, `${userPath}?lang=fr`);
    await expect(focal.locator('.admin-only').textContent()).resolves.toMatch(
      /^Réservé aux administrateurs\./,
    );
    await focal.context().close();

    await open(admin, userPath);
    await expect.poll(() => facts.textContent()).not.toMatch(/Never signed in/);
  });

  it('grants and revokes roles, and will not take the role of the last administrator', async () => {
    const roles = admin.locator('section', { has: admin.getByRole('heading', { name: 'Roles' }) });
    await roles.getByLabel('Role').selectOption('contributor');
    await roles.getByRole('button', { name: 'Grant' }).click();
    await expect(errorOf(roles.getByLabel('Country'))).resolves.toBe(
      'Choose the country or the region this role is for.',
    );
    await roles.getByLabel('Country').selectOption('UZB');
    await roles.getByRole('button', { name: 'Grant' }).click();
    await expect(roles.getByRole('status').textContent()).resolves.toBe(
      'Granted: National contributor · Uzbekistan.',
    );
    await roles.getByRole('button', { name: 'Revoke: National contributor · Uzbekistan' }).click();
    await expect(roles.getByRole('status').textContent()).resolves.toBe(
      'Revoked: National contributor · Uzbekistan.',
    );
    await expect
      .poll(() => roles.locator('.admin-membership-list').textContent())
      .toBe('National focal point · Kazakhstan Revoke');

    const self = await newPage();
    await trySignIn(self, ADMIN.email, PASSWORD, '/admin/users');
    await self.getByRole('link', { name: ADMIN.name, exact: true }).click();
    await self.getByRole('heading', { level: 1, name: ADMIN.name }).waitFor();
    const own = self.locator('section', { has: self.getByRole('heading', { name: 'Roles' }) });
    await own.getByRole('button', { name: 'Revoke: Administrator' }).click();
    await expect(own.getByRole('alert').textContent()).resolves.toMatch(
      /admin@example\.org is the last enabled administrator/,
    );
    await self.context().close();
  });

  it('disables the focal point, who can no longer sign in; the audit log tells it all', async () => {
    await admin.getByRole('button', { name: 'Disable the account…' }).click();
    await expectAccessible(admin, 'admin-user-confirm-disable');
    await admin.getByRole('button', { name: 'Disable the account', exact: true }).click();
    const state = admin.locator('section', { has: admin.getByRole('heading', { name: 'Account' }) });
    await expect(state.getByRole('status').textContent()).resolves.toBe(
      'Aigerim Focal’s account is disabled and their sessions were ended.',
    );
    await expect.poll(() => admin.locator('.facts').textContent()).toMatch(/State\s*Disabled/);
    const audit = admin.locator('.admin-audit-table tbody');
    await expect
      .poll(async () => (await audit.locator('tr td:nth-child(3)').allTextContents()).join(' / '))
      .toBe(
        [
          'Account disabled',
          'Role revoked',
          'Role granted',
          'Signed in',
          'Password set by an administrator',
          'Account created',
        ].join(' / '),
      );
    await expect(audit.locator('tr').last().textContent()).resolves.toMatch(
      /admin@example\.orgAccount createdkaz\.focal@example\.org, Aigerim Focal; roles: National focal point · Kazakhstan/,
    );
    await expectAccessible(admin, 'admin-user');

    const focal = await newPage();
    await trySignIn(focal, FOCAL.email, RESET);
    await expect(focal.getByRole('alert').textContent()).resolves.toBe(
      'This account is disabled: ask an administrator of this Parity instance.',
    );
    await focal.context().close();
  });

  it('creates a review cycle from the cycles page and lands on it', async () => {
    await open(admin, '/cycles');
    await admin.getByRole('button', { name: 'New review cycle' }).click();
    const form = admin.locator('form', { hasText: 'New review cycle' });
    await form.getByLabel('Code').fill('Beijing 30');
    await form.getByLabel('Opening date').fill('2025-01-15');
    await form.getByLabel('Submission deadline').fill('2025-01-10');
    await form.getByLabel('First day').fill('2025-10-20');
    await form.getByRole('button', { name: 'Create the cycle' }).click();
    await expect(errorOf(form.getByLabel('Code'))).resolves.toMatch(
      /cannot be changed later\. \| Expected 2 to 63/,
    );
    await expect(errorOf(form.getByLabel('Title'))).resolves.toBe('Enter a title.');
    await expect(errorOf(form.getByLabel('Submission deadline'))).resolves.toBe(
      'The submission deadline cannot be before the opening date.',
    );
    await expect(errorOf(form.getByLabel('Last day'))).resolves.toBe('Give both meeting dates, or neither.');
    await expectAccessible(admin, 'admin-cycle-form-errors');

    await form.getByLabel('Code').fill(CYCLE);
    await form.getByLabel('Title').fill('Beijing+30 review (administration test)');
    await form.getByLabel('Region', { exact: true }).selectOption('central-asia');
    await form.getByLabel('Submission deadline').fill('2025-06-30');
    await form.getByLabel('Last day').fill('2025-10-21');
    await form.getByRole('button', { name: 'Create the cycle' }).click();
    await admin.waitForURL(new RegExp(`/cycles/${CYCLE}`));
    await admin.getByRole('heading', { level: 1, name: 'Beijing+30 review (administration test)' }).waitFor();
    await expect(admin.locator('.facts').textContent()).resolves.toMatch(/Central Asia/);
    await expectAccessible(admin, 'admin-cycle-created');

    // The same code again: the server's refusal beside the code.
    await open(admin, '/cycles');
    await admin.getByRole('button', { name: 'New review cycle' }).click();
    await form.getByLabel('Code').fill(CYCLE);
    await form.getByLabel('Title').fill('Again');
    await form.getByLabel('Opening date').fill('2025-01-15');
    await form.getByLabel('Submission deadline').fill('2025-06-30');
    await form.getByRole('button', { name: 'Create the cycle' }).click();
    await expect(errorOf(form.getByLabel('Code'))).resolves.toMatch(
      /a cycle with code beijing30-admin already exists$/,
    );
  });
});
