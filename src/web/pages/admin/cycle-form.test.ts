import { describe, expect, it } from 'vitest';
import { cycleRequest, EMPTY_CYCLE, type CycleFields } from './cycle-form.ts';

const GOOD: CycleFields = {
  ...EMPTY_CYCLE,
  code: ' beijing30-unece ',
  title: ' Beijing+30 regional review ',
  regionSet: 'unece',
  opensOn: '2024-01-15',
  submissionDeadline: '2024-06-30',
};

describe('the new review cycle form', () => {
  it('makes the request body, trimmed, without meeting dates when none are given', () => {
    expect(cycleRequest(GOOD)).toEqual({
      ok: true,
      body: {
        code: 'beijing30-unece',
        title: 'Beijing+30 regional review',
        regionSet: 'unece',
        opensOn: '2024-01-15',
        submissionDeadline: '2024-06-30',
      },
    });
  });

  it('sends both meeting dates when given', () => {
    const r = cycleRequest({ ...GOOD, meetingFrom: '2024-10-21', meetingTo: '2024-10-22' });
    expect(r.ok && r.body).toMatchObject({ meetingFrom: '2024-10-21', meetingTo: '2024-10-22' });
  });

  it('accepts a deadline on the opening day and a one-day meeting', () => {
    const r = cycleRequest({
      ...GOOD,
      submissionDeadline: GOOD.opensOn,
      meetingFrom: '2024-10-21',
      meetingTo: '2024-10-21',
    });
    expect(r.ok).toBe(true);
  });

  it.each([
    { fields: { code: 'Beijing 30' }, problems: { code: 'codeInvalid' } },
    { fields: { code: 'b' }, problems: { code: 'codeInvalid' } },
    { fields: { code: '-unece' }, problems: { code: 'codeInvalid' } },
    { fields: { title: '  ' }, problems: { title: 'titleMissing' } },
    { fields: { title: 'x'.repeat(201) }, problems: { title: 'titleLong' } },
    { fields: { regionSet: '' }, problems: { regionSet: 'regionSetMissing' } },
    { fields: { opensOn: '' }, problems: { opensOn: 'dateMissing' } },
    { fields: { submissionDeadline: '2024-02-30' }, problems: { submissionDeadline: 'dateInvalid' } },
    { fields: { opensOn: '15/01/2024' }, problems: { opensOn: 'dateInvalid' } },
    {
      fields: { submissionDeadline: '2024-01-14' },
      problems: { submissionDeadline: 'deadlineBeforeOpening' },
    },
    { fields: { meetingFrom: '2024-10-21' }, problems: { meetingTo: 'meetingBoth' } },
    { fields: { meetingTo: '2024-10-21' }, problems: { meetingFrom: 'meetingBoth' } },
    {
      fields: { meetingFrom: '2024-10-22', meetingTo: '2024-10-21' },
      problems: { meetingTo: 'meetingToBeforeFrom' },
    },
    {
      fields: { meetingFrom: '2024-13-01', meetingTo: '2024-10-21' },
      problems: { meetingFrom: 'dateInvalid' },
    },
  ])('refuses $problems', ({ fields, problems }) => {
    expect(cycleRequest({ ...GOOD, ...fields })).toEqual({ ok: false, problems });
  });
});
