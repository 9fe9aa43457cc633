import { sql, type Kysely } from 'kysely';

/**
 * The regional review (issue 5 §3): reviewers' tags on passages of national reports, the regional
 * synthesis of a cycle, and the meeting record (meetings, their segments and thematic sessions,
 * statements with their claims checked).
 *
 * - `report_tag` points at one version of a report (versions never change, so the quote and its
 *   offsets stay true) and codes the passage by BPfA area, review cluster, SDG target and criterion.
 * - `synthesis` is append-only like `report_version`: every generation and every save adds a
 *   version; `published` marks a version the public may read (the newest published one is shown).
 * - `statement.claims` holds the claim checker's answer as it was when `checked_at`; a statement
 *   is re-checked whenever its text or country changes. `version` guards concurrent edits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

const CRITERIA = `'good-practice', 'partnerships', 'political-will', 'use-of-data'`;

const STATEMENTS = [
  `CREATE TABLE report_tag (
     id bigserial PRIMARY KEY,
     report_id bigint NOT NULL,
     version integer NOT NULL,
     section_id text NOT NULL,
     quote text NOT NULL CHECK (quote <> '' AND length(quote) <= 5000),
     start_offset integer NOT NULL CHECK (start_offset >= 0),
     end_offset integer NOT NULL CHECK (end_offset > start_offset),
     bpfa text[] NOT NULL DEFAULT '{}',
     clusters integer[] NOT NULL DEFAULT '{}',
     sdg_targets text[] NOT NULL DEFAULT '{}',
     criteria text[] NOT NULL DEFAULT '{}' CHECK (criteria <@ ARRAY[${CRITERIA}]::text[]),
     note text,
     tagged_by bigint REFERENCES user_account(id),
     tagged_at timestamptz NOT NULL,
     FOREIGN KEY (report_id, version) REFERENCES report_version(report_id, version),
     CHECK (cardinality(bpfa) + cardinality(clusters) + cardinality(sdg_targets) + cardinality(criteria) > 0)
   )`,
  `CREATE INDEX report_tag_report ON report_tag (report_id, id)`,
  `COMMENT ON TABLE report_tag IS 'A reviewer''s coding of a passage of one report version: BPfA areas, clusters, SDG targets, criteria; tagged_by null: the system (demo seed)'`,

  `CREATE TABLE synthesis (
     cycle_id bigint NOT NULL REFERENCES review_cycle(id),
     version integer NOT NULL CHECK (version >= 1),
     markdown text NOT NULL,
     origin text NOT NULL CHECK (origin IN ('generated', 'edited')),
     generated_at timestamptz NOT NULL,
     edited_by bigint REFERENCES user_account(id),
     edited_at timestamptz NOT NULL,
     published boolean NOT NULL DEFAULT false,
     PRIMARY KEY (cycle_id, version)
   )`,
  `COMMENT ON TABLE synthesis IS 'Append-only versions of the regional synthesis of a cycle; generated_at: when the draft it descends from was generated; published: the public may read this version'`,
  `CREATE FUNCTION synthesis_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'synthesis versions are append-only: version % of cycle % cannot be changed or deleted',
       OLD.version, OLD.cycle_id;
   END $$`,
  `CREATE TRIGGER synthesis_append_only BEFORE UPDATE OR DELETE ON synthesis
     FOR EACH ROW EXECUTE FUNCTION synthesis_append_only()`,

  `CREATE TABLE meeting (
     id bigserial PRIMARY KEY,
     cycle_id bigint NOT NULL REFERENCES review_cycle(id),
     title text NOT NULL CHECK (title <> ''),
     place text NOT NULL CHECK (place <> ''),
     from_date date NOT NULL,
     to_date date NOT NULL CHECK (to_date >= from_date),
     co_chairs jsonb NOT NULL DEFAULT '[]',
     published boolean NOT NULL DEFAULT false,
     created_by bigint REFERENCES user_account(id),
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL
   )`,
  `CREATE INDEX meeting_cycle ON meeting (cycle_id, from_date)`,
  `COMMENT ON TABLE meeting IS 'A meeting of a review cycle; published: the public may read it with its sessions and statements'`,

  `CREATE TABLE meeting_session (
     id bigserial PRIMARY KEY,
     meeting_id bigint NOT NULL REFERENCES meeting(id),
     kind text NOT NULL CHECK (kind IN ('segment', 'thematic')),
     title text NOT NULL CHECK (title <> ''),
     position integer NOT NULL CHECK (position >= 1),
     UNIQUE (id, meeting_id)
   )`,

  `CREATE TABLE statement (
     id bigserial PRIMARY KEY,
     meeting_id bigint NOT NULL REFERENCES meeting(id),
     session_id bigint,
     speaker text NOT NULL CHECK (speaker <> ''),
     speaker_title text,
     country text REFERENCES area(code),
     organisation text,
     text text NOT NULL CHECK (text <> '' AND length(text) <= 20000),
     source text,
     claims jsonb NOT NULL,
     checked_at timestamptz NOT NULL,
     version integer NOT NULL CHECK (version >= 1),
     created_by bigint REFERENCES user_account(id),
     created_at timestamptz NOT NULL,
     updated_by bigint REFERENCES user_account(id),
     updated_at timestamptz NOT NULL,
     FOREIGN KEY (session_id, meeting_id) REFERENCES meeting_session(id, meeting_id),
     CHECK ((country IS NULL) <> (organisation IS NULL))
   )`,
  `CREATE INDEX statement_meeting ON statement (meeting_id, id)`,
  `COMMENT ON TABLE statement IS 'A statement at a meeting: speaker, country or organisation, text, where the text comes from, and the claim check stored at checked_at'`,
];

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE statement, meeting_session, meeting, synthesis, report_tag`.execute(db);
  await sql`DROP FUNCTION synthesis_append_only()`.execute(db);
}
