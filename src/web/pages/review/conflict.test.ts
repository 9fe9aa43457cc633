import { describe, expect, it } from 'vitest';
import { conflictOf } from './conflict.ts';

describe('conflictOf reads a 409 of PUT /api/reports/{id}', () => {
  const current = { id: 1, currentVersion: 4 };
  const yours = { sections: { priorities: 'Mine.' }, evidence: [], measures: [], attachments: [] };
  it.each([
    {
      name: 'a stale save',
      body: {
        error: {
          status: 409,
          message: 'report 1 has changed since version 3',
          baseVersion: 3,
          current,
          yours,
        },
      },
      expected: { message: 'report 1 has changed since version 3', current, yours },
    },
    // A 409 for an illegal state (saving a submitted report) carries no versions to merge.
    {
      name: 'a state conflict',
      body: { error: { status: 409, message: 'report 1 is submitted' } },
      expected: null,
    },
    { name: 'no body', body: undefined, expected: null },
  ])('$name', ({ body, expected }) => {
    expect(conflictOf(body)).toEqual(expected);
  });
});
