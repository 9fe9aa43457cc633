import type { Schema } from '../../api/schema.ts';

/** A refused save as the server explains it: its message, the stored report and what was sent. */
export type SaveConflict = Pick<Schema<'ReportSaveConflict'>['error'], 'message' | 'current' | 'yours'>;

/** The conflict in a 409 answer of `PUT /api/reports/{id}` (`{ error: { message, current, yours } }`), or null. */
export function conflictOf(body: unknown): SaveConflict | null {
  const error = (body as { error?: Partial<SaveConflict> } | undefined)?.error;
  if (!error || typeof error !== 'object' || !error.current || !error.yours) return null;
  return { message: error.message ?? '', current: error.current, yours: error.yours };
}
