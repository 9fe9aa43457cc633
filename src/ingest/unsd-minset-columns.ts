/**
 * The UNSD Minimum Set series Parity imports, by `MINSET_SERIES` id (the file number is the
 * portal's ordering and only mirrors this). The legal-frameworks indicator (SDG 5.1.1) comes as
 * four series, one per area of law, which become one indicator with `dims.area` `1`–`4`.
 */
export const MINSET_SERIES: Readonly<
  Record<
    string,
    { readonly file: number; readonly indicator: string; readonly dims?: Record<string, string> }
  >
> = {
  Sab331582: { file: 600, indicator: 'unsd.lfpr' },
  S42192176: { file: 5200, indicator: 'unsd.attainment_lsec' },
  S75250979: { file: 6000, indicator: 'unsd.mmr' },
  S22b614cb: { file: 7000, indicator: 'unsd.ministers' },
  S5867152a: { file: 7100, indicator: 'unsd.parl_seats' },
  S37241f88: { file: 7200, indicator: 'unsd.local_seats' },
  S6b4d10a8: { file: 7300, indicator: 'unsd.managers' },
  S9a5e3c3a: { file: 8100, indicator: 'unsd.ipv' },
  S94021bf2: { file: 8500, indicator: 'unsd.child_marriage_18' },
  S9ebf1887: { file: 8700, indicator: 'unsd.abr' },
  S3afe1f42: { file: 9600, indicator: 'unsd.quota_legislated' },
  S2f5318b1: { file: 9700, indicator: 'unsd.quota_party' },
  Se2c9383f: { file: 10900, indicator: 'unsd.legal_frameworks', dims: { area: '1' } },
  S8adc3032: { file: 11000, indicator: 'unsd.legal_frameworks', dims: { area: '2' } },
  S579a33eb: { file: 11100, indicator: 'unsd.legal_frameworks', dims: { area: '3' } },
  Sd06c2eaf: { file: 11200, indicator: 'unsd.legal_frameworks', dims: { area: '4' } },
};

/** A value column of a "rearranged" file and the columns that annotate it. */
export interface ValueColumn {
  readonly col: number;
  readonly field: string;
  readonly dims: Readonly<Record<string, string>>;
  /** `VALUE_CATEGORY_DESC` (quota files): a category text, not a number. */
  readonly categorical: boolean;
  /** `NATURE…` (status), `COMMENT_OBS…` and `TIME_DETAIL…` columns with the same suffix. */
  readonly nature?: number;
  readonly comment?: number;
  readonly timeDetail?: number;
}

const SEX: Readonly<Record<string, string | undefined>> = { F: 'F', M: 'M', _T: undefined, _O: 'O' };

/**
 * Dimensions from a value column's suffix: `OBS_VALUE__<SEX>__<AGE>[__<FORM>]`.
 * Sex `F`/`M` as is, `_O` (other) → `O`, `_T` (total) → no key. The second part is SDMX: an age
 * code (`Y_GE15`, `Y15T49`) → `age`, except for an education-level code (`AGG_2T8`: lower
 * secondary or higher, in the attainment file, whose age group 25+ is in the series itself) →
 * `education_lev`, so that an education level is never shown as an age. The third part is the
 * form of violence (`PHY+SEX`) → `form`. Returns a reason string when the suffix is not understood.
 */
export function suffixDims(suffix: string): Record<string, string> | string {
  if (suffix === '') return {};
  const [sex, second, form, ...more] = suffix.split('__');
  if (more.length > 0) return `expected at most three parts (sex, age, form) after OBS_VALUE`;
  if (!Object.hasOwn(SEX, sex!)) return `unknown sex code "${sex}": expected F, M, _T or _O`;
  const dims: Record<string, string> = {};
  const code = SEX[sex!];
  if (code) dims.sex = code;
  if (second !== undefined) {
    if (/^Y/.test(second)) dims.age = second;
    else if (/^(AGG_|ISCED)/.test(second)) dims.education_lev = second;
    else return `unknown age code "${second}": expected an SDMX age code such as Y_GE15`;
  }
  if (form !== undefined) dims.form = form;
  return dims;
}

/**
 * Finds the value columns of a header (`OBS_VALUE`, `OBS_VALUE__F`, `OBS_VALUE___T__Y_GE15`, …,
 * and the quota files' categorical `VALUE_CATEGORY_DESC`) with their annotation columns. Returns the name of a column it cannot read instead, with why.
 */
export function valueColumns(header: readonly string[]): ValueColumn[] | { field: string; reason: string } {
  const index = new Map(header.map((h, i) => [h, i]));
  const out: ValueColumn[] = [];
  for (const [col, field] of header.entries()) {
    const m = /^(?:OBS_VALUE|VALUE_CATEGORY_DESC)(__.+)?$/.exec(field);
    if (!m) continue;
    const tail = m[1] ?? '';
    const dims = suffixDims(tail.slice(2));
    if (typeof dims === 'string') return { field, reason: dims };
    const categorical = field.startsWith('VALUE_CATEGORY_DESC');
    const nature = index.get(`NATURE${tail}`);
    const comment = index.get(`COMMENT_OBS${tail}`);
    const timeDetail = index.get(`TIME_DETAIL${tail}`);
    out.push({
      col,
      field,
      dims,
      categorical,
      ...(nature !== undefined ? { nature } : {}),
      ...(comment !== undefined ? { comment } : {}),
      ...(timeDetail !== undefined ? { timeDetail } : {}),
    });
  }
  return out;
}
