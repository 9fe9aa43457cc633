import { SCRIPT_INJECTIONS } from './inert-html.ts';
import { createTag } from './report-tags.ts';
import { applyEvent } from './report-workflow.ts';
import { createReport, saveDraft } from './reports.ts';
import { openReviewStore, type ReviewStore } from './review-test-store.ts';

/**
 * For the synthesis tests (not shipped): the review store with Uzbekistan's report submitted (a
 * good practice, then every script injection a report may hold) and both passages tagged, so that
 * a generated draft quotes them.
 */

export const CYCLE = 'beijing30-unece';
export const GOOD_PRACTICE = 'Gender budgeting is now part of every ministry’s budget circular.';
// A malformed evidence token is refused when a report is saved, so the report text leaves it out.
export const INJECTED = SCRIPT_INJECTIONS.filter((x) => !x.startsWith('{{evidence')).join('\n\n');

export async function openSynthesisStore(): Promise<ReviewStore> {
  const r = await openReviewStore();
  const uzb = await createReport(r.db, r.cast.uzbFocal, { cycle: CYCLE, country: 'UZB' });
  if (!uzb.ok) throw new Error(uzb.message);
  const saved = await saveDraft(r.db, r.cast.uzbFocal, uzb.value.id, {
    baseVersion: 1,
    sections: { achievements: `${GOOD_PRACTICE}\n\n${INJECTED}` },
  });
  if (!saved.ok) throw new Error(saved.message);
  const sent = await applyEvent(r.db, r.cast.uzbFocal, uzb.value.id, { event: 'submit' });
  if (!sent.ok) throw new Error(sent.message);
  const tag = async (quote: string, criteria: ('good-practice' | 'use-of-data')[]) => {
    const t = await createTag(r.db, r.cast.reviewer, CYCLE, {
      country: 'UZB',
      sectionId: 'achievements',
      quote,
      criteria,
      bpfa: ['H'],
    });
    if (!t.ok) throw new Error(t.message);
  };
  await tag(GOOD_PRACTICE, ['good-practice']);
  await tag(INJECTED, ['use-of-data']);
  return r;
}
