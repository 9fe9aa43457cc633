import { useEffect, useRef, useState } from 'react';
import { sendJson, type ApiResult } from '../../api/client.ts';
import type { Schema } from '../../api/schema.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { LatestOnly } from './latest-only.ts';

/** `POST /api/reports/{id}/preview`: a section's unsaved text as the server renders a saved one. */
export type SectionPreview = Schema<'ReportSectionPreview'>;

export interface PreviewState {
  /** The newest rendering received (kept on screen while the next one is asked for). */
  readonly shown: { readonly markdown: string; readonly preview: SectionPreview } | null;
  /** A newer text than the one shown is being rendered. */
  readonly updating: boolean;
  /** Why the newest text could not be rendered (`status` 0: the server was not reached). */
  readonly error: { readonly status: number; readonly message: string } | null;
}

const QUIET_MS = 400;

/**
 * The server's rendering of `markdown` for as long as the caller is mounted (an open preview):
 * asked for at once, then after each pause in typing (~400 ms); only the answer to the newest
 * text is kept, and requests for older text are aborted. Nothing is saved by it.
 */
export function useSectionPreview(
  reportId: number,
  sectionId: string,
  markdown: string,
  lang: Lang,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ shown: null, updating: true, error: null });
  const scheduler = useRef<LatestOnly<string, ApiResult<SectionPreview>> | null>(null);
  const fresh = useRef(true);

  useEffect(() => {
    const latest = new LatestOnly<string, ApiResult<SectionPreview>>(
      (text, signal) =>
        sendJson<SectionPreview>(
          'POST',
          `reports/${reportId}/preview?lang=${lang}`,
          { sectionId, markdown: text },
          signal,
        ),
      (r, text) =>
        setState((s) =>
          r.ok
            ? { shown: { markdown: text, preview: r.data }, updating: false, error: null }
            : { ...s, updating: false, error: { status: r.status, message: r.message } },
        ),
      QUIET_MS,
    );
    scheduler.current = latest;
    fresh.current = true;
    return () => latest.cancel();
  }, [reportId, sectionId, lang]);

  useEffect(() => {
    // The first request of a scheduler (the preview just opened, another language) goes at once.
    scheduler.current?.schedule(markdown, fresh.current);
    fresh.current = false;
    setState((s) => (s.updating ? s : { ...s, updating: true }));
  }, [markdown, reportId, sectionId, lang]);

  return state;
}
