import type { Attachment } from './review-types.ts';

export interface AttachmentFields {
  readonly name: string;
  readonly type: string;
  /** Size as typed: bytes, or with kB / MB. */
  readonly size: string;
  readonly description: string;
  readonly url: string;
}

export type AttachmentField = 'name' | 'type' | 'size' | 'url';

export const EMPTY_ATTACHMENT: AttachmentFields = {
  name: '',
  type: 'application/pdf',
  size: '',
  description: '',
  url: '',
};

/** "2.5 MB", "340 kB", "1200" (bytes) → bytes; null when it is not a size. Decimal units, as files are labelled. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(b|bytes?|kb|mb|gb)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit === 'kb' ? 1e3 : unit === 'mb' ? 1e6 : unit === 'gb' ? 1e9 : 1;
  return Math.round(n * factor);
}

/**
 * The attachment's metadata, or the fields that are wrong by the server's rules
 * (AttachmentSchema): a name, a media type such as application/pdf, a size, an http(s) link.
 * Parity keeps no file: only what it is and where it can be found.
 */
export function attachmentOf(
  f: AttachmentFields,
): { ok: true; attachment: Attachment } | { ok: false; fields: AttachmentField[] } {
  const wrong: AttachmentField[] = [];
  const size = parseSize(f.size);
  if (f.name.trim() === '') wrong.push('name');
  if (!/^[a-z]+\/[a-z0-9.+-]+$/i.test(f.type.trim())) wrong.push('type');
  if (size === null) wrong.push('size');
  if (f.url.trim() !== '' && !/^https?:\/\/[^\s/]+/i.test(f.url.trim())) wrong.push('url');
  if (wrong.length > 0 || size === null) return { ok: false, fields: wrong };
  return {
    ok: true,
    attachment: {
      name: f.name.trim(),
      type: f.type.trim(),
      size,
      description: f.description.trim(),
      ...(f.url.trim() ? { url: f.url.trim() } : {}),
    },
  };
}

export function fieldsOfAttachment(a: Attachment): AttachmentFields {
  return { name: a.name, type: a.type, size: String(a.size), description: a.description, url: a.url ?? '' };
}
