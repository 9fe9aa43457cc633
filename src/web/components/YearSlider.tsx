import { useId, type ReactNode } from 'react';

/**
 * A labelled year slider (`<input type="range">`, arrow keys move a year, Home/End jump to the
 * ends) over the years that have data, which need not be consecutive: the slider steps through
 * the list and announces the year itself (aria-valuetext), shown beside the label too.
 */
export function YearSlider(props: {
  readonly label: string;
  readonly years: readonly number[];
  readonly value: number;
  readonly onChange: (year: number) => void;
}): ReactNode {
  const id = useId();
  const years = props.years;
  const index = Math.max(0, years.indexOf(props.value));
  const first = years[0];
  const last = years[years.length - 1];
  return (
    <div className="year-slider">
      <label htmlFor={id}>
        <span>
          {props.label} <output htmlFor={id}>{props.value}</output>
        </span>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(0, years.length - 1)}
        step={1}
        value={index}
        aria-valuetext={String(props.value)}
        disabled={years.length < 2}
        onChange={(e) => {
          const year = years[Number(e.target.value)];
          if (year !== undefined) props.onChange(year);
        }}
      />
      <span className="year-slider-ends" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </span>
    </div>
  );
}
