//! Private notes per case, with full-text search inside the encrypted database.

use std::fmt;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::cases::{case_id, label};
use super::db::{Db, from_ns, to_ns};
use super::error::{Result, VaultError, VaultPart};
use crate::casework::{CaseId, CaseLabel, NoteKind};

/// The longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The most hits a search returns, best first.
const MAX_HITS: usize = 100;
/// The most words of a query that are used.
const MAX_QUERY_WORDS: usize = 16;
/// Marks a match in FTS5's snippet; removed from note bodies when they are stored.
const MATCH_START: char = '\u{2}';
const MATCH_END: char = '\u{3}';

/// A note's id: random, never derived from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NoteId(Uuid);

impl NoteId {
    fn random() -> Self {
        Self(Uuid::new_v4())
    }

    /// Parses an id as the shells send it back; `None` if it is not an id.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(Self)
    }

    fn from_stored(bytes: Vec<u8>) -> Result<Self> {
        let bytes: [u8; 16] = bytes.try_into().map_err(|_| VaultError::Corrupt {
            part: VaultPart::Database,
        })?;
        Ok(Self(Uuid::from_bytes(bytes)))
    }
}

impl fmt::Display for NoteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A note on a case.
#[derive(Clone, PartialEq, Eq)]
pub struct Note {
    /// Random id.
    pub id: NoteId,
    /// The case it belongs to.
    pub case_id: CaseId,
    /// The text: trimmed, non-empty; line breaks (`\n`) and tabs are the only control
    /// characters it holds.
    pub body: String,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// When it was last edited.
    pub updated_at: DateTime<Utc>,
    /// What it says it is: fact, observation, interpretation, source, or not said.
    pub kind: NoteKind,
}

/// Note text is case data: `Debug` shows its length only.
impl fmt::Debug for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Note")
            .field("id", &self.id)
            .field("case_id", &self.case_id)
            .field("body_chars", &self.body.chars().count())
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("kind", &self.kind)
            .finish()
    }
}

/// A piece of a search snippet; `matched` pieces are what the query found.
#[derive(Clone, PartialEq, Eq)]
pub struct SnippetPart {
    /// The text.
    pub text: String,
    /// Whether the query matched this text (to highlight it).
    pub matched: bool,
}

impl fmt::Debug for SnippetPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "SnippetPart(<{} chars>, matched: {})",
            self.text.chars().count(),
            self.matched
        )
    }
}

/// A note found by a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteHit {
    /// The note.
    pub note_id: NoteId,
    /// Its case.
    pub case_id: CaseId,
    /// The case's label.
    pub case_label: CaseLabel,
    /// A short excerpt around the matches.
    pub snippet: Vec<SnippetPart>,
    /// When the note was last edited.
    pub note_updated_at: DateTime<Utc>,
}

/// Trims and checks a note's text. Control characters other than line breaks and tabs
/// are refused, not dropped: they are invisible, and two of them mark matches in
/// snippets.
fn clean_body(body: &str) -> Result<String> {
    let cleaned = body.trim();
    if cleaned
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(VaultError::NoteNotPlainText);
    }
    if cleaned.is_empty() {
        return Err(VaultError::NoteEmpty);
    }
    if cleaned.chars().count() > MAX_NOTE_CHARS {
        return Err(VaultError::NoteTooLong {
            max: MAX_NOTE_CHARS,
        });
    }
    Ok(cleaned.to_owned())
}

/// Turns what the user typed into an FTS5 query that cannot be a syntax error: each
/// word (letters and digits) becomes a quoted prefix match, and all must match.
/// `None` if nothing searchable is left.
pub(crate) fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_QUERY_WORDS)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn parse_snippet(marked: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut matched = false;
    for (i, piece) in marked.split([MATCH_START, MATCH_END]).enumerate() {
        if i > 0 {
            matched = !matched;
        }
        if !piece.is_empty() {
            parts.push(SnippetPart {
                text: piece.to_owned(),
                matched,
            });
        }
    }
    parts
}

impl Db {
    pub(crate) fn add_note(
        &mut self,
        case: CaseId,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<NoteId> {
        let body = clean_body(body)?;
        let now = to_ns(now)?;
        let id = NoteId::random();
        let tx = self.conn.transaction()?;
        let case_key = &case.as_bytes()[..];
        touch_case(&tx, case_key, now)?;
        tx.prepare_cached(
            "INSERT INTO notes (id, case_id, body, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
        )?
        .execute(params![&id.0.as_bytes()[..], case_key, body, now])?;
        tx.commit()?;
        Ok(id)
    }

    #[cfg(feature = "testing")]
    pub(crate) fn add_notes_bulk(
        &mut self,
        case: CaseId,
        bodies: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let now = to_ns(now)?;
        let tx = self.conn.transaction()?;
        let case_key = &case.as_bytes()[..];
        touch_case(&tx, case_key, now)?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO notes (id, case_id, body, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
            )?;
            for body in bodies {
                let body = clean_body(body)?;
                insert.execute(params![
                    &NoteId::random().0.as_bytes()[..],
                    case_key,
                    body,
                    now
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn update_note(&mut self, id: NoteId, body: &str, now: DateTime<Utc>) -> Result<()> {
        let body = clean_body(body)?;
        let now = to_ns(now)?;
        let tx = self.conn.transaction()?;
        let case: Option<Vec<u8>> = tx
            .prepare_cached(
                "UPDATE notes SET body = ?2, updated_at = ?3 WHERE id = ?1 RETURNING case_id",
            )?
            .query_row(params![&id.0.as_bytes()[..], body, now], |row| row.get(0))
            .optional()?;
        let case = case.ok_or(VaultError::NoteNotFound)?;
        touch_case(&tx, &case, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Says what a note is. The kind is not its text: the note's time and its case's
    /// `updated_at` move as for an edit (any change extends the case's life).
    pub(crate) fn set_note_kind(
        &mut self,
        id: NoteId,
        kind: NoteKind,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let now = to_ns(now)?;
        let tx = self.conn.transaction()?;
        let case: Option<Vec<u8>> = tx
            .prepare_cached(
                "UPDATE notes SET kind = ?2, updated_at = ?3 WHERE id = ?1 RETURNING case_id",
            )?
            .query_row(params![&id.0.as_bytes()[..], kind.code(), now], |row| {
                row.get(0)
            })
            .optional()?;
        let case = case.ok_or(VaultError::NoteNotFound)?;
        touch_case(&tx, &case, now)?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn delete_note(&mut self, id: NoteId, now: DateTime<Utc>) -> Result<()> {
        let now = to_ns(now)?;
        let tx = self.conn.transaction()?;
        let case: Option<Vec<u8>> = tx
            .prepare_cached("DELETE FROM notes WHERE id = ?1 RETURNING case_id")?
            .query_row([&id.0.as_bytes()[..]], |row| row.get(0))
            .optional()?;
        let case = case.ok_or(VaultError::NoteNotFound)?;
        touch_case(&tx, &case, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Puts deleted notes back as they were (ids, text, times) in one transaction, for
    /// an undo; touches their cases' `updated_at`.
    pub(crate) fn restore_notes(&mut self, notes: &[Note], now: DateTime<Utc>) -> Result<()> {
        let now = to_ns(now)?;
        let tx = self.conn.transaction()?;
        for note in notes {
            let body = clean_body(&note.body)?;
            let case_key = &note.case_id.as_bytes()[..];
            touch_case(&tx, case_key, now)?;
            tx.prepare_cached(
                "INSERT INTO notes (id, case_id, body, created_at, updated_at, kind)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                &note.id.0.as_bytes()[..],
                case_key,
                body,
                to_ns(note.created_at)?,
                to_ns(note.updated_at)?,
                note.kind.code()
            ])?;
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn list_notes(&self, case: CaseId) -> Result<Vec<Note>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, body, created_at, updated_at, kind FROM notes WHERE case_id = ?1
             ORDER BY created_at DESC, rowid DESC",
        )?;
        let mut rows = stmt.query([&case.as_bytes()[..]])?;
        let mut notes = Vec::new();
        while let Some(row) = rows.next()? {
            notes.push(Note {
                id: NoteId::from_stored(row.get(0)?)?,
                case_id: case,
                body: row.get(1)?,
                created_at: from_ns(row.get(2)?),
                updated_at: from_ns(row.get(3)?),
                kind: NoteKind::from_code(&row.get::<_, String>(4)?).ok_or(
                    VaultError::Corrupt {
                        part: VaultPart::Database,
                    },
                )?,
            });
        }
        Ok(notes)
    }

    pub(crate) fn search_notes(&self, query: &str) -> Result<Vec<NoteHit>> {
        let Some(query) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT n.id, n.case_id, c.label,
                 snippet(notes_fts, 0, char(2), char(3), '…', 12), n.updated_at
             FROM notes_fts
             JOIN notes n ON n.rowid = notes_fts.rowid
             JOIN cases c ON c.id = n.case_id
             WHERE notes_fts MATCH ?1
             ORDER BY notes_fts.rank
             LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![query, MAX_HITS as i64])?;
        let mut hits = Vec::new();
        while let Some(row) = rows.next()? {
            hits.push(NoteHit {
                note_id: NoteId::from_stored(row.get(0)?)?,
                case_id: case_id(row.get(1)?)?,
                case_label: label(&row.get::<_, String>(2)?)?,
                snippet: parse_snippet(&row.get::<_, String>(3)?),
                note_updated_at: from_ns(row.get(4)?),
            });
        }
        Ok(hits)
    }
}

/// Marks a case as changed now; `CaseNotFound` if it does not exist.
fn touch_case(conn: &Connection, case: &[u8], now: i64) -> Result<()> {
    let touched = conn
        .prepare_cached("UPDATE cases SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![case, now])?;
    if touched == 0 {
        return Err(VaultError::CaseNotFound);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_becomes_a_safe_prefix_query() {
        let cases: &[(&str, Option<&str>)] = &[
            ("geld", Some("\"geld\"*")),
            ("  dure  schoenen ", Some("\"dure\"* \"schoenen\"*")),
            (
                "\"NEAR(a b)\" OR *",
                Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"*"),
            ),
            ("Zoë's broer", Some("\"Zoë\"* \"s\"* \"broer\"*")),
            ("col:val ^x -y", Some("\"col\"* \"val\"* \"x\"* \"y\"*")),
            ("", None),
            ("\"*(){}:^-", None),
        ];
        for (input, expected) in cases {
            assert_eq!(fts_query(input).as_deref(), *expected, "{input:?}");
        }
    }

    #[test]
    fn note_bodies_are_trimmed_and_bounded() {
        assert_eq!(
            clean_body("  a\nb\t c \n").ok().as_deref(),
            Some("a\nb\t c")
        );
        assert!(matches!(clean_body(" \n\t "), Err(VaultError::NoteEmpty)));
        for hidden in ["\u{3}", "a\u{0}b", "a\r\nb", "\u{2}geld"] {
            assert!(
                matches!(clean_body(hidden), Err(VaultError::NoteNotPlainText)),
                "{hidden:?} is refused, not cleaned"
            );
        }
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert!(matches!(
            clean_body(&long),
            Err(VaultError::NoteTooLong {
                max: MAX_NOTE_CHARS
            })
        ));
        assert!(clean_body(&"é".repeat(MAX_NOTE_CHARS)).is_ok());
    }

    #[test]
    fn snippets_split_into_marked_parts() {
        let parts = parse_snippet("…de \u{2}geld\u{3}zorgen en \u{2}geld\u{3}");
        let flat: Vec<(&str, bool)> = parts.iter().map(|p| (p.text.as_str(), p.matched)).collect();
        assert_eq!(
            flat,
            [
                ("…de ", false),
                ("geld", true),
                ("zorgen en ", false),
                ("geld", true)
            ]
        );
    }
}
