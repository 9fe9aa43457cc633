import { useCallback, useEffect, useState } from 'react';
import { getJson, type ApiResult } from '../../api/client.ts';
import type { Schema } from '../../api/schema.ts';
import type { Loadable } from '../../api/use-api.ts';
import type { Lang } from '../../i18n/i18n.ts';

/**
 * `GET /api/vocabularies` (src/services/review-vocabularies.ts): the codes the review forms offer,
 * named. SDG 5 target titles are in English: the catalogue keeps the official English wording only.
 */
export type Vocabularies = Schema<'ReviewVocabularies'>;

// The vocabularies change only with the server's code: one request per language for the whole
// page, however many forms ask (signed-in answers are not kept by the browser's cache).
const requests = new Map<Lang, Promise<ApiResult<Vocabularies>>>();
const loaded = new Map<Lang, Vocabularies>();

function request(lang: Lang): Promise<ApiResult<Vocabularies>> {
  let pending = requests.get(lang);
  if (!pending) {
    pending = getJson<Vocabularies>('vocabularies', { lang }).then((r) => {
      if (r.ok) loaded.set(lang, r.data);
      else requests.delete(lang);
      return r;
    });
    requests.set(lang, pending);
  }
  return pending;
}

/** The review vocabularies in `lang`, fetched once per page and language and shared by every form. */
export function useVocabularies(lang: Lang): Loadable<Vocabularies> {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const [result, setResult] = useState<{ lang: Lang; value: Loadable<Vocabularies> } | null>(null);
  useEffect(() => {
    if (loaded.has(lang)) return undefined;
    let live = true;
    void request(lang).then((r) => {
      if (!live) return;
      setResult({
        lang,
        value: r.ok
          ? { state: 'ready', data: r.data }
          : { state: 'error', status: r.status, message: r.message, retry },
      });
    });
    return () => {
      live = false;
    };
  }, [lang, attempt, retry]);
  const known = loaded.get(lang);
  if (known) return { state: 'ready', data: known };
  return result?.lang === lang ? result.value : { state: 'loading' };
}

/** The critical areas as checkbox options, "D. Violence against women". */
export function areaOptions(v: Vocabularies) {
  return v.criticalAreas.map((a) => ({ value: a.letter, label: `${a.letter}. ${a.title}` }));
}

/** The review clusters as checkbox options, "3. …". */
export function clusterOptions(v: Vocabularies) {
  return v.clusters.map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` }));
}
