import type { Indicator } from '../indicator.ts';
import { sdg5Indicator } from '../sdg5.ts';
import { definer, PUBLISHERS, type IndicatorInput } from './define.ts';

const define = definer(PUBLISHERS.openSdg);

export type OpenSdgInput = Omit<IndicatorInput, 'code' | 'shortName' | 'definition'> & {
  /** National description(s), appended to the SDG wording. */
  readonly national: string;
  /** Full title for a national add-on, which has no SDG wording. */
  readonly title?: string;
};

/**
 * An `sdg.<id>` entry shared by all Open SDG platforms (one code per indicator id, whatever the
 * country). The definition starts with the official SDG 5 wording (sdg5.ts) or, for a national
 * add-on, its platform title, then says what the bundled platforms publish under it. Adds
 * `SDG <id>` and `<id>` to the synonyms. Throws for an unknown global id without `title`.
 */
export function openSdg(id: string, entry: OpenSdgInput): Indicator {
  const { national, title, ...rest } = entry;
  const official = title ?? sdg5Indicator(id)?.title;
  if (!official) throw new Error(`sdg.${id}: not an SDG 5 indicator; give the national title`);
  return define({
    ...rest,
    code: `sdg.${id}`,
    shortName: `SDG ${id}`,
    definition: `${title ? 'National add-on indicator' : `SDG indicator ${id}`}: ${official}. ${national}`,
    synonyms: [`SDG ${id}`, id, ...rest.synonyms],
  });
}
