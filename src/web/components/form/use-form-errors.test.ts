import { describe, expect, it } from 'vitest';
import { failureErrors, firstInError, messageOf, type ErrorState } from './use-form-errors.ts';

const NETWORK = 'The server could not be reached.';
const word = (problem: string) => `(${problem})`;

describe('a form’s errors', () => {
  it.each([
    {
      name: 'a request that never reached the server: the page’s own words, no field',
      failure: { status: 0, message: 'network' },
      want: { problems: {}, fields: {}, general: { text: NETWORK, server: false } },
    },
    {
      name: 'a 400: the server’s words beside the field, marked as the server’s',
      failure: { status: 400, message: 'bad', issues: [{ param: 'title', message: 'expected a title' }] },
      want: { problems: {}, fields: { title: 'expected a title' }, general: null },
    },
    {
      name: 'a 403: the server’s message for the whole form',
      failure: { status: 403, message: 'requires administrator' },
      want: { problems: {}, fields: {}, general: { text: 'requires administrator', server: true } },
    },
  ])('$name', ({ failure, want }) => {
    expect(failureErrors(failure, { title: 'title' }, NETWORK)).toEqual(want);
  });

  it('says the page’s own problem in its words before the server’s, and nothing for a field in order', () => {
    const state: ErrorState<'email' | 'name' | 'scope'> = {
      problems: { email: 'emailInvalid' },
      fields: { email: 'taken', name: 'too long' },
      general: null,
    };
    expect(messageOf(state, 'email', word)).toEqual({ text: '(emailInvalid)', server: false });
    expect(messageOf(state, 'name', word)).toEqual({ text: 'too long', server: true });
    expect(messageOf(state, 'scope', word)).toBeNull();
  });

  it.each([
    [{ scope: 'x', email: 'y' }, 'email'],
    [{ 'coChairs.1.country': 'x', published: 'y' }, 'coChairs.1.country'],
    [{ other: 'x' }, undefined],
    [{}, undefined],
  ])('focuses the first field in the form’s order of %o', (wrong, want) => {
    const order = ['email', 'name', 'coChairs.1.country', 'scope', 'published'];
    expect(firstInError(order, wrong)).toBe(want);
  });
});
