import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_KINDS } from '../../services/report-content.ts';
import { TAG_CRITERIA } from '../../services/report-tags.ts';
import type { Store } from '../../store/connect.ts';
import { openTestStore } from '../../store/test-store.ts';
import { createApp } from '../app.ts';

// An empty store: the vocabularies come from the catalogue alone.
let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
});
afterAll(() => store.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function get(path: string, init?: RequestInit): Promise<{ res: Response; body: any }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return { res, body: text ? JSON.parse(text) : undefined };
}

const codes = (xs: readonly { code: unknown }[]) => xs.map((x) => x.code);

describe('GET /api/vocabularies', () => {
  it.each([
    ['', 'en', 'Violence against women', 'Law', 'Good practice'],
    ['?lang=en', 'en', 'Violence against women', 'Law', 'Good practice'],
    ['?lang=fr', 'fr', "La violence à l'égard des femmes", 'Loi', 'Bonne pratique'],
    ['?lang=ru', 'ru', 'Насилие в отношении женщин', 'Закон', 'Передовая практика'],
  ])('%s names every code in %s', async (query, lang, areaD, law, goodPractice) => {
    const { res, body } = await get(`/api/vocabularies${query}`);
    expect(res.status).toBe(200);
    expect(body.lang).toBe(lang);
    expect(body.criticalAreas.map((a: { letter: string }) => a.letter).join('')).toBe('ABCDEFGHIJKL');
    expect(body.criticalAreas[3]).toEqual({ letter: 'D', title: areaD });
    expect(codes(body.clusters)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.clusters[0]).toMatchObject({ code: 1, areas: ['A', 'F', 'I', 'L'], confirmed: false });
    expect(codes(body.measureKinds)).toEqual([...MEASURE_KINDS]);
    expect(body.measureKinds[0]).toEqual({ code: 'law', label: law });
    expect(codes(body.tagCriteria)).toEqual([...TAG_CRITERIA]);
    expect(body.tagCriteria[0]).toEqual({ code: 'good-practice', label: goodPractice });
    expect(codes(body.sdg5Targets)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c']);
    expect(body.sdg5Targets[1]).toMatchObject({
      code: '5.2',
      titleLang: 'en',
      title: /^Eliminate all forms/,
    });
  });

  it('gives every title and label in the language asked, none empty', async () => {
    const [en, fr, ru] = await Promise.all(
      ['en', 'fr', 'ru'].map(async (l) => (await get(`/api/vocabularies?lang=${l}`)).body),
    );
    for (const key of ['criticalAreas', 'clusters'] as const)
      for (const [i, item] of en[key].entries()) {
        expect(item.title, `${key}.${i}`).not.toBe('');
        expect(fr[key][i].title, `${key}.${i} fr`).not.toBe(item.title);
        expect(ru[key][i].title, `${key}.${i} ru`).toMatch(/[а-яё]/i);
      }
  });

  // The reports page still names criteria and kinds in lists through its own strings: they must agree.
  it.each(['en', 'fr', 'ru'])('agrees with the web app’s own names in %s', async (lang) => {
    const { body } = await get(`/api/vocabularies?lang=${lang}`);
    const web = JSON.parse(readFileSync(`src/web/i18n/locales/${lang}/review.json`, 'utf8')) as {
      tags: { criteria: Record<string, string> };
      measures: { kinds: Record<string, string> };
    };
    const byCode = (xs: { code: string; label: string }[]) =>
      Object.fromEntries(xs.map((x) => [x.code, x.label]));
    expect(byCode(body.tagCriteria)).toEqual(web.tags.criteria);
    expect(byCode(body.measureKinds)).toEqual(web.measures.kinds);
  });

  it.each([
    ['?lang=de', 'lang', /expected en, fr or ru/],
    ['?langue=fr', 'langue', /^unknown parameter: this endpoint takes lang$/],
  ])('400 naming the parameter for %s', async (query, param, message) => {
    const { res, body } = await get(`/api/vocabularies${query}`);
    expect(res.status).toBe(400);
    expect(body.error.issues[0]).toEqual({ param, message: expect.stringMatching(message) });
  });

  it('is public and cached like the other catalogue reads: ETag, max-age and 304', async () => {
    const { res } = await get('/api/vocabularies?lang=fr');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[\w+/=-]+"$/);
    const again = await app.request('/api/vocabularies?lang=fr', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const other = await app.request('/api/vocabularies?lang=ru');
    expect(other.headers.get('ETag')).not.toBe(etag);
  });

  it('is in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    const op = body.paths['/api/vocabularies'].get;
    expect(op.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ReviewVocabularies',
    });
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(['lang']);
  });
});
