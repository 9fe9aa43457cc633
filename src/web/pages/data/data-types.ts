/** `GET /api/import-runs` items: one import of one file, newest first. */
export interface ImportRun {
  readonly id: number;
  readonly dataset: string;
  readonly edition: string;
  readonly importer: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly runBy: string;
  readonly status: string;
  readonly linesRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly notes: readonly string[];
}

/** `GET /api/import-runs/{id}/rejections` items: a rejected line and why. */
export interface Rejection {
  readonly line: number;
  readonly column: number | null;
  readonly field: string | null;
  readonly message: string;
}

/** `GET /api/availability`: the latest year with data per member and indicator. */
export interface Availability {
  readonly indicators: readonly { readonly code: string; readonly name: string }[];
  readonly rows: readonly {
    readonly iso3: string;
    readonly name: string;
    readonly latest: Readonly<Record<string, number | null>>;
  }[];
}
