/** Where in a file something went wrong, and what was expected there. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based physical line in the file (after any BOM), 0 when the problem is the whole file. */
  readonly line: number;
  /** 1-based CSV column (field position), when the problem is one field. */
  readonly column?: number;
  /** Header name of that column, when known. */
  readonly field?: string;
  readonly message: string;
}

/** `file:line:column: field: message`, the form editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [
    d.file,
    d.line > 0 ? String(d.line) : undefined,
    d.column !== undefined ? String(d.column) : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where}: ${d.field ? `${d.field}: ` : ''}${d.message}`;
}

/**
 * A problem that makes the whole file unusable (wrong encoding, wrong header, not a CSV).
 * Importers throw it only while reading; the import service turns it into a failed result
 * and writes nothing.
 */
export class FatalImportError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'FatalImportError';
  }
}
