import type { ReactNode } from 'react';
import { ScrollBox } from './ScrollBox.tsx';

/**
 * The accessible table behind a line chart: one row per year, one column per series, each cell
 * rendered by `cell` (which formats the value or says it is missing).
 */
export function YearTable(props: {
  label: string;
  yearHeading: string;
  years: readonly number[];
  columns: readonly { key: string; heading: ReactNode }[];
  cell: (key: string, year: number) => ReactNode;
}): ReactNode {
  return (
    <ScrollBox label={props.label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.yearHeading}</th>
            {props.columns.map((c) => (
              <th scope="col" className="num" key={c.key}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              {props.columns.map((c) => (
                <td className="num" key={c.key}>
                  {props.cell(c.key, y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
