import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/admin.json' with { type: 'json' };
import fr from '../../i18n/locales/fr/admin.json' with { type: 'json' };
import ru from '../../i18n/locales/ru/admin.json' with { type: 'json' };
import type { Lang } from '../../i18n/i18n.ts';
import { USER_ACTIONS } from './audit-detail.ts';
import type { CycleProblem } from './cycle-form.ts';
import type { Problem } from './user-form.ts';
import type { UserState } from './user-state.ts';

const LOCALES = { en, fr, ru };

function keys(x: unknown, prefix = ''): string[] {
  if (typeof x !== 'object' || x === null) return [prefix];
  return Object.entries(x).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys without their plural suffixes, which differ by language. */
const bases = (x: unknown) =>
  [...new Set(keys(x).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

async function translate(lang: Lang) {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { [lang]: { admin: LOCALES[lang] } },
    lng: lang,
    fallbackLng: false,
    ns: ['admin'],
    defaultNS: 'admin',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

const PROBLEMS: readonly (Problem | CycleProblem)[] = [
  'emailInvalid',
  'nameMissing',
  'nameLong',
  'passwordShort',
  'passwordLong',
  'passwordSpaces',
  'passwordEmail',
  'scopeMissing',
  'alreadyHeld',
  'codeInvalid',
  'titleMissing',
  'titleLong',
  'regionSetMissing',
  'dateMissing',
  'dateInvalid',
  'deadlineBeforeOpening',
  'meetingBoth',
  'meetingToBeforeFrom',
];
const STATES: readonly UserState[] = ['active', 'disabled', 'mustChange'];

describe('the admin namespace', () => {
  it.each(['fr', 'ru'] as const)('has the same keys in %s as in English', (lang) => {
    expect(bases(LOCALES[lang])).toEqual(bases(en));
  });

  it.each(['en', 'fr', 'ru'] as const)('words every problem, state and audit action in %s', async (lang) => {
    const i18n = await translate(lang);
    const missing = [
      ...PROBLEMS.map((p) => `problems.${p}`),
      ...STATES.map((s) => `state.${s}`),
      ...USER_ACTIONS.map((a) => `audit.actions.${a}`),
    ].filter((k) => !i18n.exists(k));
    expect(missing).toEqual([]);
  });

  it.each([
    { lang: 'en', count: 1, want: '1 session ended' },
    { lang: 'fr', count: 2, want: '2 sessions fermées' },
    { lang: 'ru', count: 3, want: 'завершено 3 сеанса' },
    { lang: 'ru', count: 5, want: 'завершено 5 сеансов' },
  ] as const)('counts sessions in $lang ($count)', async ({ lang, count, want }) => {
    expect((await translate(lang)).t('audit.details.sessions', { count })).toBe(want);
  });
});
