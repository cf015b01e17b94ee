//! The database schema and its migrations, after mozilla application-services'
//! `open_database`: `init` creates the latest schema directly, `upgrade_from` walks an
//! older database forward one version at a time, and a test checks that both end in the
//! same schema.
//!
//! - v1: cases, observed (and unticked) signals, step progress with consulted experts,
//!   afwegingskader answers.
//! - v2: notes with a full-text index (FTS5, secure-delete), settings.
//! - v3: drafts, the work in progress kept over a lock.
//! - v4: the meldcode as a log (when each expert was consulted, the advice at a
//!   consultation step), the kind of each note, and when an observed signal was
//!   recorded beside when it was seen.

use rusqlite::{Connection, Transaction};

use super::error::{Result, VaultError, VaultPart};

/// The schema version this code writes.
pub(crate) const VERSION: u32 = 4;

/// Brings the database to [`VERSION`] in one transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let version: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version == VERSION {
        return Ok(());
    }
    if version > VERSION {
        // Written by a newer app; opening it here could lose data.
        return Err(VaultError::Corrupt {
            part: VaultPart::NewerVersion,
        });
    }
    let tx = conn.transaction()?;
    if version == 0 {
        init(&tx)?;
    } else {
        upgrade_from(&tx, version)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

/// The latest schema, for a new database.
fn init(tx: &Transaction<'_>) -> Result<()> {
    // v4 adds and alters columns: a fresh database takes the same statements, so both
    // paths end in the same schema text.
    tx.execute_batch(&format!(
        "{CASEWORK}{NOTES}{FTS_SECURE_DELETE}{DRAFTS}{STEP_LOG_AND_NOTE_KINDS}{SEEN_AND_RECORDED}"
    ))?;
    Ok(())
}

/// Upgrades a database at `version` step by step.
fn upgrade_from(tx: &Transaction<'_>, version: u32) -> Result<()> {
    if version < 2 {
        tx.execute_batch(&format!("{NOTES}{FTS_SECURE_DELETE}"))?;
    }
    if version < 3 {
        tx.execute_batch(DRAFTS)?;
    }
    if version < 4 {
        tx.execute_batch(STEP_LOG_AND_NOTE_KINDS)?;
        tx.execute_batch(SEEN_AND_RECORDED)?;
    }
    Ok(())
}

/// v1: casework. Times are nanoseconds since the epoch (UTC).
const CASEWORK: &str = "
CREATE TABLE cases (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    label TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX cases_by_update ON cases (updated_at);
CREATE TABLE case_signals (
    case_id BLOB NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    signal TEXT NOT NULL,
    ticked INTEGER NOT NULL CHECK (ticked IN (0, 1)),
    observed_at INTEGER NOT NULL,
    remark TEXT,
    PRIMARY KEY (case_id, signal, ticked)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_steps (
    case_id BLOB NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, step)
) STRICT, WITHOUT ROWID;
CREATE TABLE step_consulted (
    case_id BLOB NOT NULL,
    step INTEGER NOT NULL,
    expert TEXT NOT NULL,
    PRIMARY KEY (case_id, step, expert),
    FOREIGN KEY (case_id, step) REFERENCES case_steps (case_id, step) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE TABLE case_answers (
    case_id BLOB NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    question INTEGER NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, question)
) STRICT, WITHOUT ROWID;
";

/// v2: notes, their full-text index, settings.
///
/// The index is an external-content FTS5 table kept in step by triggers, so note text
/// is stored once; the triggers' 'delete' commands and the FTS5 `secure-delete` option
/// remove a deleted note's terms from the index instead of leaving tombstones.
const NOTES: &str = "
CREATE TABLE notes (
    rowid INTEGER PRIMARY KEY,
    id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    case_id BLOB NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_case ON notes (case_id, created_at);
CREATE VIRTUAL TABLE notes_fts USING fts5 (
    body,
    content = 'notes',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO notes_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
";

/// v3: work in progress kept over a lock, by kind (the app's own JSON).
const DRAFTS: &str = "
CREATE TABLE drafts (
    kind TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
) STRICT, WITHOUT ROWID;
";

/// v4: the meldcode as a log, and notes by kind.
///
/// An expert consulted before v4 keeps no time (`consulted_at` NULL: not known, never
/// guessed). A note written before v4 is of kind 'unsaid': the user has not said
/// whether it is a fact, a circumstance or event, an observation, an interpretation or
/// a source.
const STEP_LOG_AND_NOTE_KINDS: &str = "
ALTER TABLE case_steps ADD COLUMN advice TEXT;
ALTER TABLE step_consulted ADD COLUMN consulted_at INTEGER;
ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'unsaid'
    CHECK (kind IN ('unsaid', 'fact', 'circumstance', 'observation', 'interpretation',
        'source'));
";

/// v4: when each observed signal was recorded (ticked); `observed_at` now says when it
/// was seen. Every earlier tick was seen when it was recorded. Filled for every row
/// here and written on every save, so never NULL (an added column cannot be NOT NULL
/// without a default, and any default would be a made-up moment).
const SEEN_AND_RECORDED: &str = "
ALTER TABLE case_signals ADD COLUMN recorded_at INTEGER;
UPDATE case_signals SET recorded_at = observed_at;
";

/// Stored in the FTS5 config table, not in `sqlite_master`, so set on both paths.
const FTS_SECURE_DELETE: &str =
    "INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);";

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The v1 schema as the first release created it.
    fn create_v1(conn: &mut Connection) {
        let tx = conn.transaction().expect("tx");
        tx.execute_batch(CASEWORK).expect("v1 schema");
        tx.pragma_update(None, "user_version", 1).expect("version");
        tx.commit().expect("commit");
    }

    fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
        let mut stmt = conn
            .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
            .expect("prepare");
        stmt.query_map([], |row| {
            let sql: String = row.get(2)?;
            Ok((
                row.get(0)?,
                row.get(1)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
    }

    fn fts_config(conn: &Connection) -> Vec<(String, i64)> {
        let mut stmt = conn
            .prepare("SELECT k, v FROM notes_fts_config ORDER BY k")
            .expect("prepare");
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    }

    #[test]
    fn database_upgraded_from_v1_has_the_schema_of_a_fresh_one() {
        let mut fresh = Connection::open_in_memory().expect("open");
        migrate(&mut fresh).expect("fresh");

        let mut old = Connection::open_in_memory().expect("open");
        create_v1(&mut old);
        old.execute(
            "INSERT INTO cases VALUES (zeroblob(16), 'gezin B.', 1, 2)",
            [],
        )
        .expect("v1 data");
        migrate(&mut old).expect("upgrade");

        assert_eq!(schema_of(&old), schema_of(&fresh));
        assert_eq!(fts_config(&old), fts_config(&fresh));
        assert!(fts_config(&fresh).contains(&("secure-delete".to_owned(), 1)));
        let version: u32 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, VERSION);
        let label: String = old
            .query_row("SELECT label FROM cases", [], |r| r.get(0))
            .expect("data kept");
        assert_eq!(label, "gezin B.");
    }

    #[test]
    fn database_upgraded_from_v2_has_the_schema_of_a_fresh_one_and_keeps_its_notes() {
        let mut fresh = Connection::open_in_memory().expect("open");
        migrate(&mut fresh).expect("fresh");

        let mut old = Connection::open_in_memory().expect("open");
        let tx = old.transaction().expect("tx");
        tx.execute_batch(&format!("{CASEWORK}{NOTES}{FTS_SECURE_DELETE}"))
            .expect("v2 schema");
        tx.pragma_update(None, "user_version", 2).expect("version");
        tx.execute(
            "INSERT INTO cases VALUES (zeroblob(16), 'gezin B.', 1, 2)",
            [],
        )
        .expect("v2 case");
        tx.execute(
            "INSERT INTO notes (id, case_id, body, created_at, updated_at)
             VALUES (randomblob(16), zeroblob(16), 'pakketjes', 1, 1)",
            [],
        )
        .expect("v2 note");
        tx.commit().expect("commit");
        migrate(&mut old).expect("upgrade");

        assert_eq!(schema_of(&old), schema_of(&fresh));
        assert_eq!(fts_config(&old), fts_config(&fresh));
        let body: String = old
            .query_row("SELECT body FROM notes", [], |r| r.get(0))
            .expect("note kept");
        assert_eq!(body, "pakketjes");
        let drafts: i64 = old
            .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
            .expect("drafts table");
        assert_eq!(drafts, 0);
    }

    #[test]
    fn database_upgraded_from_v3_keeps_its_steps_consultations_notes_and_ticks() {
        let mut fresh = Connection::open_in_memory().expect("open");
        migrate(&mut fresh).expect("fresh");

        let mut old = Connection::open_in_memory().expect("open");
        let tx = old.transaction().expect("tx");
        tx.execute_batch(&format!("{CASEWORK}{NOTES}{FTS_SECURE_DELETE}{DRAFTS}"))
            .expect("v3 schema");
        tx.pragma_update(None, "user_version", 3).expect("version");
        tx.execute_batch(
            "INSERT INTO cases VALUES (zeroblob(16), 'gezin B.', 1, 2);
             INSERT INTO case_signals VALUES (zeroblob(16), 'geld', 1, 1000, 'pakketjes');
             INSERT INTO case_signals VALUES (zeroblob(16), 'werk', 0, 2000, NULL);
             INSERT INTO case_steps VALUES (zeroblob(16), 2, 'in_progress', 5);
             INSERT INTO step_consulted VALUES (zeroblob(16), 2, 'zorgcoordinator');
             INSERT INTO notes (id, case_id, body, created_at, updated_at)
                 VALUES (randomblob(16), zeroblob(16), 'pakketjes', 1, 1);",
        )
        .expect("v3 data");
        tx.commit().expect("commit");
        migrate(&mut old).expect("upgrade");

        assert_eq!(schema_of(&old), schema_of(&fresh));
        assert_eq!(fts_config(&old), fts_config(&fresh));
        let step: (String, i64, Option<String>) = old
            .query_row(
                "SELECT status, changed_at, advice FROM case_steps",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .expect("step kept");
        assert_eq!(step, ("in_progress".to_owned(), 5, None));
        let consulted: (String, Option<i64>) = old
            .query_row("SELECT expert, consulted_at FROM step_consulted", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("consultation kept");
        assert_eq!(
            consulted,
            ("zorgcoordinator".to_owned(), None),
            "no time guessed"
        );
        let kind: String = old
            .query_row("SELECT kind FROM notes WHERE body = 'pakketjes'", [], |r| {
                r.get(0)
            })
            .expect("note kept");
        assert_eq!(kind, "unsaid");
        assert!(
            old.execute("UPDATE notes SET kind = 'opinion'", [])
                .is_err(),
            "only the known kinds"
        );
        // Every tick before v4 was seen when it was recorded.
        let mut stmt = old
            .prepare(
                "SELECT signal, ticked, observed_at, recorded_at, remark FROM case_signals
                 ORDER BY signal",
            )
            .expect("prepare");
        let rows: Vec<(String, bool, i64, i64, Option<String>)> = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(
            rows,
            [
                (
                    "geld".to_owned(),
                    true,
                    1000,
                    1000,
                    Some("pakketjes".to_owned())
                ),
                ("werk".to_owned(), false, 2000, 2000, None),
            ]
        );
    }

    #[test]
    fn a_newer_database_is_refused_not_downgraded() {
        let mut conn = Connection::open_in_memory().expect("open");
        conn.pragma_update(None, "user_version", VERSION + 1)
            .expect("version");
        assert!(matches!(
            migrate(&mut conn),
            Err(VaultError::Corrupt { .. })
        ));
    }
}
