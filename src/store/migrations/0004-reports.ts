import { sql, type Kysely } from 'kysely';

/**
 * Review cycles and national reports (issue 5 §2). A report's content lives only in
 * `report_version`, which is append-only: every save adds a version, a submitted version is never
 * changed again, and a trigger refuses UPDATE and DELETE so that no code path can rewrite history.
 * `report` holds the workflow state and which version is current; `report_event` records every
 * transition, `report_comment` the reviewers' comments per version and section.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

const STATES = `'draft', 'submitted', 'under-review', 'changes-requested', 'resubmitted', 'accepted', 'published'`;

const STATEMENTS = [
  `CREATE TABLE review_cycle (
     id bigserial PRIMARY KEY,
     code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
     title text NOT NULL CHECK (title <> ''),
     region_set_code text NOT NULL,
     template_id text NOT NULL,
     opens_on date NOT NULL,
     submission_deadline date NOT NULL CHECK (submission_deadline >= opens_on),
     meeting_from date,
     meeting_to date,
     created_by bigint REFERENCES user_account(id),
     created_at timestamptz NOT NULL,
     CHECK ((meeting_from IS NULL) = (meeting_to IS NULL)),
     CHECK (meeting_to >= meeting_from)
   )`,
  `COMMENT ON TABLE review_cycle IS 'A review cycle (e.g. beijing30-unece): region set, report template, dates; created_by null: the CLI'`,

  `CREATE TABLE report (
     id bigserial PRIMARY KEY,
     cycle_id bigint NOT NULL REFERENCES review_cycle(id),
     country text NOT NULL REFERENCES area(code),
     state text NOT NULL CHECK (state IN (${STATES})),
     current_version integer NOT NULL CHECK (current_version >= 1),
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     UNIQUE (cycle_id, country)
   )`,
  `COMMENT ON TABLE report IS 'One national report per cycle and country: workflow state and current version'`,

  `CREATE TABLE report_version (
     report_id bigint NOT NULL REFERENCES report(id),
     version integer NOT NULL CHECK (version >= 1),
     state_at_save text NOT NULL CHECK (state_at_save IN (${STATES})),
     sections jsonb NOT NULL,
     evidence jsonb NOT NULL,
     measures jsonb NOT NULL,
     attachments jsonb NOT NULL,
     saved_by bigint REFERENCES user_account(id),
     saved_at timestamptz NOT NULL,
     submitted boolean NOT NULL,
     PRIMARY KEY (report_id, version)
   )`,
  `COMMENT ON TABLE report_version IS 'Append-only content of a report: sections {id: markdown}, evidence (pinned when submitted), measures, attachment metadata'`,
  `CREATE FUNCTION report_version_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'report versions are append-only: version % of report % cannot be changed or deleted',
       OLD.version, OLD.report_id;
   END $$`,
  `CREATE TRIGGER report_version_append_only BEFORE UPDATE OR DELETE ON report_version
     FOR EACH ROW EXECUTE FUNCTION report_version_append_only()`,

  `CREATE TABLE report_comment (
     id bigserial PRIMARY KEY,
     report_id bigint NOT NULL,
     version integer NOT NULL,
     section_id text NOT NULL,
     author bigint NOT NULL REFERENCES user_account(id),
     body text NOT NULL CHECK (body <> ''),
     created_at timestamptz NOT NULL,
     FOREIGN KEY (report_id, version) REFERENCES report_version(report_id, version)
   )`,
  `CREATE INDEX report_comment_report ON report_comment (report_id, id)`,

  `CREATE TABLE report_event (
     id bigserial PRIMARY KEY,
     report_id bigint NOT NULL REFERENCES report(id),
     event text NOT NULL,
     from_state text NOT NULL CHECK (from_state IN (${STATES})),
     to_state text NOT NULL CHECK (to_state IN (${STATES})),
     version integer NOT NULL,
     by_user bigint REFERENCES user_account(id),
     at timestamptz NOT NULL,
     note text
   )`,
  `CREATE INDEX report_event_report ON report_event (report_id, id)`,
  `COMMENT ON TABLE report_event IS 'Every workflow transition of a report: event, from, to, the version it applied to, by whom, when'`,
];

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_event, report_comment, report_version, report, review_cycle`.execute(db);
  await sql`DROP FUNCTION report_version_append_only()`.execute(db);
}
