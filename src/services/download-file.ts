import { stringify } from 'csv-stringify/sync';
import { strToU8, zip, type Zippable } from 'fflate';
import type { SourceRead } from '../store/source-reads.ts';
import { forbidden, ok, type ServiceResult } from './service-result.ts';

export type DownloadFormat = 'csv' | 'json';

/** A file to send: name, media type and bytes (or text for JSON). */
export interface DownloadFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Uint8Array | string;
}

/** What a download holds: a table of records and where each row's data comes from. */
export interface DownloadContent {
  /** `observations`, `gii`, `gdi` or `hdi`: names the file. */
  readonly kind: string;
  /** A few words for the file name (e.g. the indicator codes), sanitised. */
  readonly label: string;
  readonly title: string;
  /** CSV columns, in order, each with what it means (for the README). */
  readonly columns: readonly { readonly name: string; readonly about: string }[];
  /** One flat record per CSV row (keys = column names). */
  readonly csvRows: readonly Record<string, unknown>[];
  /** The records as the JSON download's `data`. */
  readonly jsonRows: readonly unknown[];
  /** Every source edition a row comes from. */
  readonly sources: readonly SourceRead[];
  /** The request's query parameters, as given. */
  readonly query: Readonly<Record<string, string>>;
  /** The request path (e.g. `/api/observations/download`), for the README. */
  readonly path: string;
}

/**
 * Forbidden when any source of the rows may not be redistributed (nothing is sent, never a
 * partial file): the message names those sources and how to leave them out.
 */
export function checkRedistribution(sources: readonly SourceRead[]): ServiceResult<void> {
  const closed = sources.filter((s) => !s.redistribution);
  if (closed.length === 0) return ok(undefined);
  const named = closed.map((s) => `${s.dataset} ${s.edition} (${s.publisher}; ${s.licence})`).join(', ');
  const others = [...new Set(sources.filter((s) => s.redistribution).map((s) => s.dataset))];
  const example = others.length > 0 ? `, e.g. dataset=${others[0]}` : '';
  return forbidden(
    `the terms of ${named} do not allow redistribution, so this data is not offered for download: ` +
      `leave ${closed.length === 1 ? 'that source' : 'those sources'} out with dataset=${example}, or view the values in the API and cite the publisher`,
  );
}

/** The combined citation of a download: Parity, then each source's own citation. */
export function citationOf(sources: readonly SourceRead[], generatedAt: Date): string {
  const day = generatedAt.toISOString().slice(0, 10);
  const cites = sources.map((s) => s.citation).join(' ');
  return `Parity data export, ${day}.${cites ? ` Sources: ${cites}` : ''}`;
}

/** Builds the file: CSV + README.md zipped, or JSON with a `meta` block. */
export async function buildDownload(
  content: DownloadContent,
  format: DownloadFormat,
  generatedAt: Date,
): Promise<DownloadFile> {
  const stamp = generatedAt.toISOString().slice(0, 10).replaceAll('-', '');
  const base = `parity-${content.kind}-${sanitize(content.label)}-${stamp}`;
  if (format === 'json') {
    const body = JSON.stringify({ meta: metaOf(content, generatedAt), data: content.jsonRows });
    return { fileName: `${base}.json`, contentType: 'application/json; charset=utf-8', body };
  }
  const csv = stringify(content.csvRows as Record<string, unknown>[], {
    header: true,
    columns: content.columns.map((c) => c.name),
    cast: { boolean: (b) => String(b) },
  });
  const files: Zippable = {
    'data.csv': strToU8(csv),
    'README.md': strToU8(readmeOf(content, generatedAt)),
  };
  const body = await new Promise<Uint8Array>((resolve, reject) =>
    zip(files, { level: 6, mtime: generatedAt }, (err, data) => (err ? reject(err) : resolve(data))),
  );
  return { fileName: `${base}.zip`, contentType: 'application/zip', body };
}

function metaOf(content: DownloadContent, generatedAt: Date) {
  return {
    title: content.title,
    citation: citationOf(content.sources, generatedAt),
    sources: content.sources.map((s) => ({
      dataset: s.dataset,
      edition: s.edition,
      publisher: s.publisher,
      title: s.title,
      licence: s.licence,
      licenceUrl: s.licenceUrl,
      url: s.url,
      citation: s.citation,
      files: s.files,
    })),
    query: content.query,
    rows: content.jsonRows.length,
    generatedAt: generatedAt.toISOString(),
  };
}

/** The README.md of a CSV download: what it is, how to cite it, each source's licence, the columns. */
export function readmeOf(content: DownloadContent, generatedAt: Date): string {
  const qs = new URLSearchParams(content.query).toString();
  const lines = [
    `# ${content.title}`,
    '',
    `Exported from Parity on ${generatedAt.toISOString()} (UTC).`,
    '',
    `- Query: \`GET ${content.path}${qs ? `?${qs}` : ''}\``,
    `- Rows: ${content.csvRows.length} (in \`data.csv\`, UTF-8, comma-separated, header row)`,
    `- Editions used: ${content.sources.map((s) => `${s.dataset} ${s.edition}`).join(', ') || 'none (no rows)'}`,
    '',
    '## How to cite',
    '',
    citationOf(content.sources, generatedAt),
    '',
    '## Sources and licences',
    '',
    ...content.sources.flatMap((s) => sourceSection(s)),
    '## Columns',
    '',
    ...content.columns.map((c) => `- \`${c.name}\`: ${c.about}`),
    '',
  ];
  return lines.join('\n');
}

function sourceSection(s: SourceRead): string[] {
  return [
    `### ${s.publisher}: ${s.title} (${s.dataset}, edition ${s.edition})`,
    '',
    `- Licence: ${s.licence}${s.licenceUrl ? ` (${s.licenceUrl})` : ''}`,
    `- Citation: ${s.citation}`,
    ...(s.url ? [`- Publisher's page: ${s.url}`] : []),
    ...s.files.map(
      (f) => `- File: ${f.fileName}, SHA-256 ${f.sha256}, ${f.bytes} bytes, retrieved ${f.retrievedAt}`,
    ),
    '',
  ];
}

function sanitize(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'all';
}
