import { sql, type Kysely } from 'kysely';

/**
 * Targets and quotas as data (data/parity/targets.csv, quotas.csv). Each row keeps the file it
 * came from (`file_name`, `file_sha256`): loading a file replaces that file's rows only, and the
 * same bytes again change nothing. Parity targets are derived from the catalogue, not stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of SCHEMA.split(/;\s*\n/).filter((s) => s.trim()))
    await sql.raw(statement).execute(db);
}

const SCHEMA = `
    CREATE TABLE target (
      id text PRIMARY KEY,
      concept text NOT NULL,
      scope text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('sdg-target', 'national-target')),
      value double precision NOT NULL,
      year integer,
      source text NOT NULL,
      source_url text,
      note text,
      file_name text NOT NULL,
      file_sha256 text NOT NULL
    );
    COMMENT ON TABLE target IS 'Numeric targets per indicator concept: scope global, an ISO3 (national target) or region:<code>; value in the concept unit';
    CREATE INDEX target_file ON target (file_name);

    CREATE TABLE quota (
      id text PRIMARY KEY,
      country text NOT NULL REFERENCES area(code),
      body text NOT NULL CHECK (body IN ('parliament', 'lower-chamber', 'upper-chamber', 'local-councils')),
      kind text NOT NULL CHECK (kind IN ('legislated-candidate-quota', 'reserved-seats', 'party-quota')),
      applies_to text NOT NULL CHECK (applies_to IN ('candidate-lists', 'seats')),
      threshold double precision NOT NULL CHECK (threshold >= 0 AND threshold <= 100),
      groups text[] NOT NULL CHECK (cardinality(groups) > 0),
      adopted text,
      source text NOT NULL,
      source_kind text NOT NULL CHECK (source_kind IN ('legal-act', 'dataset', 'statement')),
      source_url text,
      note text,
      file_name text NOT NULL,
      file_sha256 text NOT NULL
    );
    COMMENT ON TABLE quota IS 'Quotas for women (and other groups, jointly) in elected bodies, with the strength of their source';
    CREATE INDEX quota_country ON quota (country);
    CREATE INDEX quota_file ON quota (file_name);
`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE quota, target`.execute(db);
}
