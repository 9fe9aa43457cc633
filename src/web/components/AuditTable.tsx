import type { ReactNode } from 'react';
import type { Schema } from '../api/schema.ts';
import type { Lang } from '../i18n/i18n.ts';
import { formatMoment } from '../pages/review/review-format.ts';
import { ScrollBox } from './ScrollBox.tsx';

export type AuditEntry = Schema<'AuditEntry'>;

/**
 * Entries of the audit log (`GET /api/audit`), newest first: when, who, what and the detail, each
 * page saying who and what in its own words (a report's history shows the raw action and its JSON,
 * a user's page words them).
 */
export function AuditTable(props: {
  entries: readonly AuditEntry[];
  /** The scroll box's name and the table's column heads: when, who, what, detail. */
  label: string;
  heads: readonly [string, string, string, string];
  className: string;
  lang: Lang;
  who: (e: AuditEntry) => ReactNode;
  action: (e: AuditEntry) => ReactNode;
  detail: (e: AuditEntry) => ReactNode;
}): ReactNode {
  return (
    <ScrollBox label={props.label}>
      <table className={props.className}>
        <thead>
          <tr>
            {props.heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id}>
              <td>{formatMoment(props.lang, e.at)}</td>
              <td>{props.who(e)}</td>
              <td>{props.action(e)}</td>
              <td>{props.detail(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
