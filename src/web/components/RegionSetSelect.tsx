import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { Paged, RegionSetSummary } from './api-types.ts';

const KIND_ORDER = ['membership', 'subregion', 'hdr-region', 'hdi-group'];

/**
 * One region set per code (the API lists each version of the HDR sets; the first listed is kept),
 * grouped by kind in the order UNECE, its subregions, HDR regions, HDI groups.
 */
export function groupRegionSets(
  sets: readonly RegionSetSummary[],
  kinds: readonly string[] = KIND_ORDER,
): { kind: string; sets: RegionSetSummary[] }[] {
  const seen = new Set<string>();
  const unique = sets.filter((s) => !seen.has(s.code) && seen.add(s.code));
  return kinds
    .map((kind) => ({ kind, sets: unique.filter((s) => s.kind === kind) }))
    .filter((g) => g.sets.length > 0);
}

/**
 * A labelled select of region sets (UNECE, Central Asia, EU-27, …), from `/api/region-sets`. While
 * the list loads, the current value stays selectable so that the control keeps its place.
 */
export function RegionSetSelect(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly lang: Lang;
  /** Kinds offered (default all): e.g. `['membership', 'subregion']` for UNECE groupings only. */
  readonly kinds?: readonly string[];
  /** An extra first option (e.g. "choose countries"), value ''. */
  readonly noneLabel?: string;
}): ReactNode {
  const { t } = useTranslation('explore');
  const sets = useApi<Paged<RegionSetSummary>>('region-sets', { lang: props.lang, limit: 1000 });
  const groups = sets.state === 'ready' ? groupRegionSets(sets.data.items, props.kinds) : [];
  const known = groups.some((g) => g.sets.some((s) => s.code === props.value));
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.noneLabel !== undefined && <option value="">{props.noneLabel}</option>}
        {!known && props.value !== '' && <option value={props.value}>{props.value}</option>}
        {groups.map((g) => (
          <optgroup key={g.kind} label={t(`regionKinds.${g.kind}`, { defaultValue: g.kind })}>
            {g.sets.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name.endsWith(`(${s.memberCount})`)
                  ? s.name
                  : t('regionSetOption', { name: s.name, n: s.memberCount })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {sets.state === 'error' && (
        <span className="field-error" role="alert">
          {t('regionSetsError')}{' '}
          <button type="button" className="secondary" onClick={sets.retry}>
            {t('retry')}
          </button>
        </span>
      )}
    </label>
  );
}
