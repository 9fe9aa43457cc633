import { sql, type Kysely } from 'kysely';

/**
 * The language a synthesis version is written in (en, fr, ru). A generated draft is written in the
 * language asked for and an edit keeps its base version's; the exports declare it (`<html lang>`)
 * so that a page's language is the text's, whatever language its banner is in. Versions written
 * before this column existed were generated in English.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE synthesis ADD COLUMN lang text NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'fr', 'ru'))`.execute(
    db,
  );
  await sql`COMMENT ON COLUMN synthesis.lang IS 'Language the version is written in: generated in it, or inherited from the version an edit was based on'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE synthesis DROP COLUMN lang`.execute(db);
}
