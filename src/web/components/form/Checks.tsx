import type { ReactNode } from 'react';

/** Adds `value` to the list, or takes it out when it is there. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/**
 * A group of checkboxes under a legend: which of `options` are chosen (`selected`), each change
 * given as the whole new list. A note, if any, follows the boxes.
 */
export function Checks<T extends string | number>(props: {
  legend: ReactNode;
  options: readonly { readonly value: T; readonly label: ReactNode }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  note?: ReactNode;
}): ReactNode {
  return (
    <fieldset className="checks">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={props.selected.includes(o.value)}
            onChange={() => props.onChange(toggled(props.selected, o.value))}
          />{' '}
          {o.label}
        </label>
      ))}
      {props.note && <p className="note">{props.note}</p>}
    </fieldset>
  );
}
