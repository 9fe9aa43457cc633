import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { allFindings, findingUnit, sameFinding, type Translate } from './claim-words.ts';
import type { ClaimCheck, Finding } from './claims-types.ts';

/**
 * Every finding of a claim, one row each: the series (or quota), its source edition, the years and
 * values used, the computation (as the server writes it: figures and English words), and whether
 * it bears the claim out, in words and a symbol. The closest reading is marked as such.
 */
export function FindingsTable(props: {
  check: ClaimCheck;
  n: number;
  lang: Lang;
  indicatorNames: ReadonlyMap<string, string>;
}): ReactNode {
  const { t: tr } = useTranslation('claims');
  const t = tr as Translate;
  const { check, lang } = props;
  const rows = allFindings(check);
  const caption = t('table.caption', { n: props.n });
  return (
    <ScrollBox label={caption}>
      <table className="findings-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.series')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.years')}</th>
            <th scope="col" className="num">
              {t('table.values')}
            </th>
            <th scope="col">{t('table.computation')}</th>
            <th scope="col">{t('table.matches')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f, i) => {
            const closest = check.closest !== undefined && sameFinding(f, check.closest);
            return (
              <tr key={i} className={closest ? 'closest-row' : undefined}>
                <th scope="row">
                  {seriesName(t, f, props.indicatorNames)}
                  <br />
                  <span className="badge">{t(`table.role.${closest ? 'closest' : f.role}`)}</span>
                </th>
                <td>{f.kind === 'series' ? f.series.source : t(`quota.sourceKind.${f.quota.sourceKind}`)}</td>
                <td className="nowrap">{f.years.join(', ') || '–'}</td>
                <td className="num nowrap">
                  {f.values.map((v) => formatValue(lang, v, findingUnit(f))).join('; ')}
                </td>
                <td lang="en" className="computation">
                  {f.computation}
                </td>
                <td className="nowrap">
                  <span aria-hidden="true">{f.matches ? '✓ ' : '✗ '}</span>
                  {f.matches ? t('table.yes') : t('table.no')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function seriesName(t: Translate, f: Finding, names: ReadonlyMap<string, string>): string {
  if (f.kind === 'quota') return t(`quota.kindName.${f.quota.kind}`);
  const name = names.get(f.series.indicator) ?? f.series.name;
  const dims = f.series.dimsLabel === 'total' ? '' : ` (${f.series.dimsLabel})`;
  return `${name}${dims}`;
}
