import { sql, type Kysely } from 'kysely';

/**
 * Accounts (issue 5 §1): users with argon2id password hashes, memberships (role × scope),
 * sessions (only the SHA-256 of the token is stored, so a leaked table opens no session), login
 * attempts for throttling, and the audit log of every write. The audit log is append-only: a
 * trigger refuses UPDATE and DELETE.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol takes a single statement at a time.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

const STATEMENTS = [
  `CREATE TABLE user_account (
     id bigserial PRIMARY KEY,
     email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
     display_name text NOT NULL CHECK (display_name <> ''),
     password_hash text NOT NULL,
     created_at timestamptz NOT NULL,
     disabled boolean NOT NULL DEFAULT false,
     must_change_password boolean NOT NULL DEFAULT false,
     failed_logins integer NOT NULL DEFAULT 0,
     locked_until timestamptz
   )`,
  `CREATE UNIQUE INDEX user_account_email ON user_account (lower(email))`,
  `COMMENT ON TABLE user_account IS 'Users; email stored lower-case, password_hash is argon2id (PHC string)'`,

  `CREATE TABLE membership (
     user_id bigint NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
     role text NOT NULL,
     scope_kind text NOT NULL,
     scope_code text NOT NULL,
     PRIMARY KEY (user_id, role, scope_kind, scope_code),
     CHECK (
       (role = 'administrator' AND scope_kind = 'instance' AND scope_code = '') OR
       (role = 'regional-reviewer' AND scope_kind = 'region-set' AND scope_code <> '') OR
       (role IN ('focal-point', 'contributor') AND scope_kind = 'country' AND scope_code ~ '^[A-Z]{3}$')
     )
   )`,
  `COMMENT ON TABLE membership IS 'Role x scope of a user: administrator/instance (scope_code empty), regional-reviewer/region set code, focal-point or contributor/ISO3'`,

  `CREATE TABLE session (
     id text PRIMARY KEY,
     user_id bigint NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
     csrf_token text NOT NULL,
     created_at timestamptz NOT NULL,
     expires_at timestamptz NOT NULL,
     last_seen_at timestamptz NOT NULL
   )`,
  `CREATE INDEX session_by_user ON session (user_id)`,
  `COMMENT ON TABLE session IS 'Signed-in sessions; id is the SHA-256 (hex) of the cookie token, never the token itself'`,

  `CREATE TABLE login_attempt (
     email text NOT NULL,
     ip text NOT NULL,
     at timestamptz NOT NULL,
     ok boolean NOT NULL
   )`,
  `CREATE INDEX login_attempt_email ON login_attempt (email, at)`,
  `CREATE INDEX login_attempt_ip ON login_attempt (ip, at)`,
  `COMMENT ON TABLE login_attempt IS 'Sign-in attempts (email lower-case) for throttling; rows older than a day are pruned'`,

  `CREATE TABLE audit_log (
     id bigserial PRIMARY KEY,
     at timestamptz NOT NULL,
     actor_user_id bigint REFERENCES user_account(id),
     action text NOT NULL,
     entity_kind text NOT NULL,
     entity_id text NOT NULL,
     detail jsonb NOT NULL DEFAULT '{}'
   )`,
  `CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id, id)`,
  `COMMENT ON TABLE audit_log IS 'Every write: who (null: the system, e.g. the CLI), when, what; append-only'`,
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'audit_log is append-only';
   END $$`,
  `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
];

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_log, login_attempt, session, membership, user_account`.execute(db);
  await sql`DROP FUNCTION audit_log_append_only()`.execute(db);
}
