import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBand, type DimsChoice } from './dims.ts';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** "Sex", "Age", "Urbanisation"; other keys as written in the data, underscores as spaces. */
export function dimKeyLabel(t: T, key: string): string {
  return t(`dims.keys.${key}`, { defaultValue: key.replace(/_/g, ' ') });
}

/** "Women", "Men", "Urban", "15+" …; other values as written in the data. */
export function dimValueLabel(t: T, key: string, value: string): string {
  if (key === 'age') return ageBand(value) ?? value;
  return t(`dims.values.${key}.${value}`, { defaultValue: value });
}

/** The breakdown of a set of dims as text: "Women, 15+"; "Total" for none. */
export function dimsText(t: T, dims: Readonly<Record<string, string>>): string {
  const entries = Object.entries(dims);
  if (!entries.length) return t('dims.total');
  return entries.map(([k, v]) => dimValueLabel(t, k, v)).join(', ');
}

/**
 * One labelled select per dimension key present in the data (sex, age, …): "total" (not broken
 * down by it) or one of its values. Renders nothing when the indicator has no dimensions.
 */
export function DimsSelect(props: {
  readonly dims: Readonly<Record<string, readonly string[]>>;
  readonly value: DimsChoice;
  readonly onChange: (choice: DimsChoice) => void;
}): ReactNode {
  const { t } = useTranslation('explore');
  const keys = Object.keys(props.dims).sort();
  if (!keys.length) return null;
  return (
    <>
      {keys.map((key) => (
        <label key={key}>
          <span>{t('dims.label', { key: dimKeyLabel(t, key) })}</span>
          <select
            value={props.value[key] ?? ''}
            onChange={(e) => {
              const next: Record<string, string> = { ...props.value };
              if (e.target.value) next[key] = e.target.value;
              else delete next[key];
              props.onChange(next);
            }}
          >
            <option value="">{t('dims.notBrokenDown')}</option>
            {(props.dims[key] ?? []).map((v) => (
              <option key={v} value={v}>
                {dimValueLabel(t, key, v)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
}
