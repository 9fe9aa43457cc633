import { sql, type Kysely } from 'kysely';

/** Evidence store: areas, region sets, indicators, sources and editions, observations, import runs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of SCHEMA.split(/;\s*\n/).filter((s) => s.trim()))
    await sql.raw(statement).execute(db);
}

const SCHEMA = `
    CREATE TABLE area (
      code text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('country', 'aggregate')),
      iso2 text,
      m49 text,
      name_en text NOT NULL,
      name_fr text,
      name_ru text,
      defined_by text
    );
    COMMENT ON TABLE area IS 'Countries (ISO 3166-1) and aggregates (HDR ZZ*, World Bank, UNSD regions), never mixed: kind says which';

    CREATE TABLE region_set (
      id serial PRIMARY KEY,
      code text NOT NULL,
      version text NOT NULL,
      kind text NOT NULL,
      name_en text NOT NULL,
      name_fr text NOT NULL,
      name_ru text NOT NULL,
      source_note text NOT NULL,
      source_url text,
      UNIQUE (code, version)
    );
    CREATE TABLE region_set_member (
      region_set_id integer NOT NULL REFERENCES region_set(id) ON DELETE CASCADE,
      area_code text NOT NULL REFERENCES area(code),
      PRIMARY KEY (region_set_id, area_code)
    );

    CREATE TABLE indicator (
      code text PRIMARY KEY,
      name_en text NOT NULL,
      name_fr text NOT NULL,
      name_ru text NOT NULL,
      unit text NOT NULL,
      direction text NOT NULL,
      definition text NOT NULL,
      publisher text NOT NULL,
      concept text,
      concept_note text,
      bpfa text[] NOT NULL DEFAULT '{}',
      clusters integer[] NOT NULL DEFAULT '{}',
      sdg_targets text[] NOT NULL DEFAULT '{}',
      dimensions text[] NOT NULL DEFAULT '{}',
      synonyms text[] NOT NULL DEFAULT '{}'
    );

    CREATE TABLE source (
      id serial PRIMARY KEY,
      dataset text NOT NULL,
      edition text NOT NULL,
      publisher text NOT NULL,
      title text NOT NULL,
      licence text NOT NULL,
      licence_url text,
      redistribution boolean NOT NULL,
      url text,
      citation text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (dataset, edition)
    );
    COMMENT ON TABLE source IS 'One row per dataset edition (vintage): editions live side by side, never overwritten';

    CREATE TABLE source_file (
      source_id integer NOT NULL REFERENCES source(id) ON DELETE CASCADE,
      file_name text NOT NULL,
      sha256 text NOT NULL,
      bytes bigint NOT NULL,
      retrieved_at timestamptz NOT NULL,
      PRIMARY KEY (source_id, file_name, sha256)
    );

    CREATE TABLE import_run (
      id serial PRIMARY KEY,
      source_id integer NOT NULL REFERENCES source(id) ON DELETE CASCADE,
      importer text NOT NULL,
      file_name text NOT NULL,
      sha256 text NOT NULL,
      bytes bigint NOT NULL,
      started_at timestamptz NOT NULL,
      finished_at timestamptz NOT NULL,
      run_by text NOT NULL,
      status text NOT NULL,
      lines_read integer NOT NULL,
      inserted integer NOT NULL,
      updated integer NOT NULL,
      unchanged integer NOT NULL,
      rejected integer NOT NULL,
      notes jsonb NOT NULL DEFAULT '[]'
    );
    CREATE TABLE import_rejection (
      import_run_id integer NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
      line integer NOT NULL,
      column_no integer,
      field text,
      message text NOT NULL
    );
    CREATE INDEX import_rejection_run ON import_rejection (import_run_id);

    CREATE TABLE observation (
      source_id integer NOT NULL,
      indicator_code text NOT NULL,
      area_code text NOT NULL,
      period text NOT NULL,
      period_start integer NOT NULL,
      period_end integer NOT NULL,
      dims_key text NOT NULL,
      dims jsonb NOT NULL,
      value double precision,
      value_text text,
      status text,
      footnote text,
      import_run_id integer NOT NULL,
      PRIMARY KEY (indicator_code, area_code, period, dims_key, source_id),
      CHECK (value IS NOT NULL OR value_text IS NOT NULL)
    );
    COMMENT ON TABLE observation IS 'indicator x area x period x dimensions x source edition -> value; dims_key is the canonical dims. References (source, indicator, area, import run) are checked set-wise by each import, not by per-row foreign-key triggers (see src/store/README.md)';
    CREATE INDEX observation_area ON observation (area_code, indicator_code);
`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE observation, import_rejection, import_run, source_file, source, indicator,
    region_set_member, region_set, area`.execute(db);
}
