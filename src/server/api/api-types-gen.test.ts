import { describe, expect, it } from 'vitest';
import {
  API_TYPES_COMMAND,
  API_TYPES_FILE,
  apiDocument,
  committedApiTypes,
  renderApiTypes,
  staleness,
} from './api-types-gen.ts';

describe('the web app’s generated API types', () => {
  it('are what the server’s schemas generate now (else run npm run api:types)', async () => {
    const [expected, actual] = await Promise.all([renderApiTypes(), committedApiTypes()]);
    const problem = staleness(expected, actual);
    expect(problem, problem ?? '').toBeNull();
  });

  it('come from the document the server serves, built without a database', () => {
    const doc = apiDocument();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining(['/api/auth/me', '/api/cycles/{code}']),
    );
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Me', 'ReviewCycle', 'Report', 'Meeting', 'User', 'AuditEntry']),
    );
  });
});

describe('staleness', () => {
  const cases: { name: string; expected: string; actual: string | null; says: RegExp | null }[] = [
    { name: 'same text', expected: 'a\nb\n', actual: 'a\nb\n', says: null },
    { name: 'no file', expected: 'a\n', actual: null, says: /is missing: run `npm run api:types`/ },
    {
      name: 'a changed line',
      expected: 'a\n  readonly b: string;\nc\n',
      actual: 'a\n  readonly b: number;\nc\n',
      says: /out of date.*line 2: expected readonly b: string;, found readonly b: number;/,
    },
    {
      name: 'a line missing at the end',
      expected: 'a\nb',
      actual: 'a',
      says: /line 2: expected b, found \(end of file\)/,
    },
  ];
  for (const { name, expected, actual, says } of cases) {
    it(name, () => {
      const problem = staleness(expected, actual);
      if (says === null) expect(problem).toBeNull();
      else {
        expect(problem).toMatch(says);
        expect(problem).toContain(API_TYPES_COMMAND);
        expect(problem).toContain(API_TYPES_FILE);
      }
    });
  }
});
