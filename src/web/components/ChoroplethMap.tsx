import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { withLang } from '../app/url-state.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { Direction } from './api-types.ts';
import { choroplethPlot, type ChoroplethDatum } from './choropleth-plot.ts';
import { compareBest, rankValues } from './direction.ts';
import { formatValue } from './format-value.ts';
import { mainParts } from './main-parts.ts';
import { mapFrame, splitAmericas } from './map-frame.ts';
import { PlotFigure } from './PlotFigure.tsx';
import { Status } from './Status.tsx';
import { useCountryShapes, type CountryShape } from './world-shapes.ts';

/** Degrees of Atlantic added west of the main map, where the North American inset sits. */
const INSET_ROOM = 22;

/** A member of the mapped group; `value` null when it has no data. */
export interface MapItem {
  readonly iso3: string;
  readonly name: string;
  readonly value: number | null;
}

interface Props {
  readonly title: string;
  /** Every member of the group, with or without a value. */
  readonly items: readonly MapItem[];
  /** ISO3 → UN M49 code (world-atlas ids), from `/api/countries`. */
  readonly m49: ReadonlyMap<string, string>;
  readonly unit: string;
  readonly direction: Direction;
  readonly legendLabel: string;
  readonly lang: Lang;
}

/**
 * A choropleth map of a group of countries (the overview and explorer maps; any page may use it):
 * the projection fitted to the members, viridis with a legend, hatching for members without data,
 * a text summary naming them, and a table whose country names link to the country pages (the
 * keyboard path; a click on the map does the same). The world map is fetched on first use.
 */
export function ChoroplethMap(props: Props): ReactNode {
  const shapes = useCountryShapes();
  return <Status data={shapes}>{(all) => <MapFigure {...props} shapes={all} />}</Status>;
}

function MapFigure(props: Props & { readonly shapes: readonly CountryShape[] }): ReactNode {
  const { t } = useTranslation('explore');
  const [, navigate] = useLocation();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const { lang, unit } = props;
  const fmt = (v: number | null): string => formatValue(lang, v, unit);
  const byM49 = useMemo(() => new Map(props.shapes.map((s) => [String(s.id), s])), [props.shapes]);
  const drawn: ChoroplethDatum[] = [];
  const undrawn: MapItem[] = [];
  for (const item of props.items) {
    const shape = byM49.get(props.m49.get(item.iso3) ?? '');
    if (shape)
      drawn.push({ iso3: item.iso3, value: item.value, shape, label: `${item.name}: ${label(item)}` });
    else undrawn.push(item);
  }
  const memberIds = new Set(drawn.map((d) => String(d.shape.id)));
  const context = props.shapes.filter((s) => !memberIds.has(String(s.id)));
  // All UNECE members reach from Alaska to Kamchatka: North America goes into an inset.
  const { main, inset } = splitAmericas(drawn, (d) => mainParts(d.shape));
  const values = drawn.flatMap((d) => (d.value === null ? [] : [d.value]));
  const colorDomain: [number, number] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];

  function label(item: MapItem): string {
    return item.value === null ? t('map.noData') : fmt(item.value);
  }

  const sorted = [...props.items].sort((a, b) => a.name.localeCompare(b.name, lang));
  const ranks = rankValues(
    sorted.map((d) => d.value),
    compareBest(props.direction, unit),
  );
  return (
    <div className="choropleth">
      <PlotFigure
        title={props.title}
        summary={mapSummary(props.items, undrawn, fmt, t)}
        deps={[props.items, props.shapes, props.m49, lang, props.legendLabel]}
        render={() => {
          const common = {
            legendLabel: props.legendLabel,
            reverse: props.direction === 'lower-is-better',
            tickFormat: (v: number) => fmt(v),
            colorDomain,
          };
          const canvas = document.createElement('div');
          canvas.className = 'map-canvas';
          const frame = mapFrame(
            main.map((d) => mainParts(d.shape)),
            inset.length ? INSET_ROOM : 0,
          );
          canvas.append(choroplethPlot({ ...common, members: drawn, context, frame, hatchId, legend: true }));
          if (inset.length) {
            const box = document.createElement('div');
            box.className = 'map-inset';
            box.append(
              choroplethPlot({
                ...common,
                members: inset,
                context: props.shapes.filter((s) => !inset.some((d) => d.shape === s)),
                frame: mapFrame(inset.map((d) => mainParts(d.shape))),
                hatchId: `${hatchId}-inset`,
                legend: false,
                width: 300,
              }),
            );
            canvas.append(box);
          }
          canvas.addEventListener('click', (e) => {
            const iso3 = (e.target as Element).closest('[data-iso3]')?.getAttribute('data-iso3');
            if (iso3) navigate(withLang(`/country/${iso3}`, lang));
          });
          return canvas;
        }}
        tableLabel={t('map.tableLabel')}
        table={
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('map.country')}</th>
                  <th scope="col" className="num">
                    {t('map.value')}
                  </th>
                  <th scope="col" className="num">
                    {t('map.rank')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((d, i) => (
                  <tr key={d.iso3}>
                    <th scope="row">
                      <Link href={withLang(`/country/${d.iso3}`, lang)}>{d.name}</Link>
                    </th>
                    <td className="num">{label(d)}</td>
                    <td className="num">{ranks[i] ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <ul className="map-key" aria-label={t('map.keyLabel')}>
        <li>
          <span className="map-swatch map-swatch-nodata" aria-hidden="true" /> {t('map.noData')}
        </li>
        <li>
          <span className="map-swatch map-swatch-context" aria-hidden="true" /> {t('map.notInGroup')}
        </li>
        <li className="note">{t('map.clickHint')}</li>
      </ul>
    </div>
  );
}

/** "50 of 56 members have a value. Lowest: … Highest: … No data: …" */
function mapSummary(
  items: readonly MapItem[],
  undrawn: readonly MapItem[],
  fmt: (v: number | null) => string,
  t: (key: string, opts?: Record<string, unknown>) => string,
): string {
  const withValue = items.filter((d) => d.value !== null);
  const parts = [t('map.coverage', { withValue: withValue.length, members: items.length })];
  if (withValue.length) {
    const byValue = [...withValue].sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
    const low = byValue[0]!;
    const high = byValue[byValue.length - 1]!;
    parts.push(
      t('map.range', {
        low: `${low.name} (${fmt(low.value)})`,
        high: `${high.name} (${fmt(high.value)})`,
      }),
    );
  }
  const missing = items.filter((d) => d.value === null).map((d) => d.name);
  if (missing.length) parts.push(t('map.missing', { list: missing.join(', ') }));
  if (undrawn.length) parts.push(t('map.undrawn', { list: undrawn.map((d) => d.name).join(', ') }));
  return parts.join(' ');
}
