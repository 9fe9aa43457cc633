import type { ComplianceStatus } from './progress-types.ts';

/** `HDR25` for UNDP's editions (as the HDR is cited), else `dataset edition`: as the API's summaries say it. */
export function sourceLabel(s: { readonly dataset: string; readonly edition: string }): string {
  return s.dataset === 'undp-hdr-composite' ? s.edition : `${s.dataset} ${s.edition}`;
}

/** A symbol beside each compliance status, so that it is never told by colour alone. */
export const COMPLIANCE_SYMBOL: Readonly<Record<ComplianceStatus, string>> = {
  meets: '✓',
  below: '✗',
  'not-comparable': '≠',
};
