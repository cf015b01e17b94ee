//! Cases in the database: save whole, load whole, list, delete.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::db::{Db, from_ns, to_ns};
use super::error::{Result, VaultError, VaultPart};
use std::collections::BTreeSet;

use crate::casework::{
    Answer, AnswerRecord, Case, CaseId, CaseLabel, ObservedSignal, StepProgress, StepStatus,
};

/// A case as the case list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseListItem {
    /// The case.
    pub id: CaseId,
    /// Its label.
    pub label: CaseLabel,
    /// When anything in it last changed.
    pub updated_at: DateTime<Utc>,
    /// How many signals are observed (ticked).
    pub observed_signals: u32,
    /// How many notes it has.
    pub notes: u32,
}

const CORRUPT: VaultError = VaultError::Corrupt {
    part: VaultPart::Database,
};

pub(crate) fn case_id(bytes: Vec<u8>) -> Result<CaseId> {
    let bytes: [u8; 16] = bytes.try_into().map_err(|_| CORRUPT)?;
    Ok(CaseId::from_bytes(bytes))
}

pub(crate) fn label(text: &str) -> Result<CaseLabel> {
    CaseLabel::new(text).map_err(|_| CORRUPT)
}

fn answer_code(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::No => "no",
    }
}

fn answer_from_code(code: &str) -> Result<Answer> {
    match code {
        "yes" => Ok(Answer::Yes),
        "no" => Ok(Answer::No),
        _ => Err(CORRUPT),
    }
}

fn small(n: i64) -> Result<u8> {
    u8::try_from(n).map_err(|_| CORRUPT)
}

/// A signal's stored state in a case: ticked or unticked, with its observation.
fn signal<'a>(case: &'a Case, name: &str) -> Option<(bool, &'a ObservedSignal)> {
    case.signals
        .get(name)
        .map(|o| (true, o))
        .or_else(|| case.unticked.get(name).map(|o| (false, o)))
}

impl Db {
    /// Writes `case`. With `before` (the case as it is stored), only the rows that
    /// differ are written: a tick is one row, not the whole case rewritten, which keeps
    /// a dispatch's write small. Without it, every row of the case is replaced.
    pub(crate) fn save_case(&mut self, before: Option<&Case>, case: &Case) -> Result<()> {
        let before = before.filter(|b| b.id == case.id);
        let tx = self.conn.transaction()?;
        let id = &case.id.as_bytes()[..];
        tx.prepare_cached(
            "INSERT INTO cases (id, label, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET label = excluded.label,
                 created_at = excluded.created_at, updated_at = excluded.updated_at",
        )?
        .execute(params![
            id,
            case.label.as_str(),
            to_ns(case.created_at)?,
            to_ns(case.updated_at)?
        ])?;
        if before.is_none() {
            for table in [
                "case_signals",
                "step_consulted",
                "case_steps",
                "case_answers",
            ] {
                tx.prepare_cached(&format!("DELETE FROM {table} WHERE case_id = ?1"))?
                    .execute([id])?;
            }
        }
        // A row is rewritten where `before` differs from `case`; with no `before`, the
        // rows are gone and every row of `case` is written.
        let mut signals: BTreeSet<&String> =
            case.signals.keys().chain(case.unticked.keys()).collect();
        if let Some(b) = before {
            signals.extend(b.signals.keys().chain(b.unticked.keys()));
        }
        for name in signals {
            let new = signal(case, name);
            if before.is_some_and(|b| signal(b, name) == new) {
                continue;
            }
            if before.is_some() {
                tx.prepare_cached("DELETE FROM case_signals WHERE case_id = ?1 AND signal = ?2")?
                    .execute(params![id, name])?;
            }
            if let Some((ticked, observed)) = new {
                tx.prepare_cached(
                    "INSERT INTO case_signals
                         (case_id, signal, ticked, observed_at, remark, recorded_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![
                    id,
                    name,
                    ticked,
                    to_ns(observed.observed_at)?,
                    observed.remark,
                    to_ns(observed.recorded_at)?
                ])?;
            }
        }

        let mut steps: BTreeSet<u8> = case.steps.keys().copied().collect();
        if let Some(b) = before {
            steps.extend(b.steps.keys());
        }
        for number in steps {
            let new = case.steps.get(&number);
            if before.is_some_and(|b| b.steps.get(&number) == new) {
                continue;
            }
            if before.is_some() {
                for table in ["step_consulted", "case_steps"] {
                    tx.prepare_cached(&format!(
                        "DELETE FROM {table} WHERE case_id = ?1 AND step = ?2"
                    ))?
                    .execute(params![id, number])?;
                }
            }
            if let Some(progress) = new {
                tx.prepare_cached(
                    "INSERT INTO case_steps (case_id, step, status, changed_at, advice)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    id,
                    number,
                    progress.status.code(),
                    to_ns(progress.changed_at)?,
                    progress.advice
                ])?;
                let mut consulted = tx.prepare_cached(
                    "INSERT INTO step_consulted (case_id, step, expert, consulted_at)
                     VALUES (?1, ?2, ?3, ?4)",
                )?;
                for expert in &progress.consulted {
                    let at = progress.consulted_at.get(expert).copied().map(to_ns);
                    consulted.execute(params![id, number, expert, at.transpose()?])?;
                }
            }
        }

        let mut questions: BTreeSet<u8> = case.answers.keys().copied().collect();
        if let Some(b) = before {
            questions.extend(b.answers.keys());
        }
        for question in questions {
            let new = case.answers.get(&question);
            if before.is_some_and(|b| b.answers.get(&question) == new) {
                continue;
            }
            if before.is_some() {
                tx.prepare_cached("DELETE FROM case_answers WHERE case_id = ?1 AND question = ?2")?
                    .execute(params![id, question])?;
            }
            if let Some(record) = new {
                tx.prepare_cached(
                    "INSERT INTO case_answers (case_id, question, answer, answered_at)
                     VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    id,
                    question,
                    answer_code(record.answer),
                    to_ns(record.answered_at)?
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn load_case(&self, id: CaseId) -> Result<Option<Case>> {
        let key = &id.as_bytes()[..];
        let head = self
            .conn
            .prepare_cached("SELECT label, created_at, updated_at FROM cases WHERE id = ?1")?
            .query_row([key], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            })
            .optional()?;
        let Some((label_text, created_at, updated_at)) = head else {
            return Ok(None);
        };
        let mut case = Case {
            id,
            label: label(&label_text)?,
            created_at: from_ns(created_at),
            updated_at: from_ns(updated_at),
            signals: BTreeMap::new(),
            unticked: BTreeMap::new(),
            steps: BTreeMap::new(),
            answers: BTreeMap::new(),
        };

        let mut stmt = self.conn.prepare_cached(
            "SELECT signal, ticked, observed_at, remark, recorded_at
             FROM case_signals WHERE case_id = ?1",
        )?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let signal: String = row.get(0)?;
            let observed = ObservedSignal {
                observed_at: from_ns(row.get(2)?),
                recorded_at: from_ns(row.get(4)?),
                remark: row.get(3)?,
            };
            if row.get::<_, bool>(1)? {
                case.signals.insert(signal, observed);
            } else {
                case.unticked.insert(signal, observed);
            }
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT step, status, changed_at, advice FROM case_steps WHERE case_id = ?1",
        )?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let status = StepStatus::from_code(&row.get::<_, String>(1)?).ok_or(CORRUPT)?;
            let progress = StepProgress {
                status,
                changed_at: from_ns(row.get(2)?),
                consulted: Default::default(),
                consulted_at: Default::default(),
                advice: row.get(3)?,
            };
            case.steps.insert(small(row.get(0)?)?, progress);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT step, expert, consulted_at FROM step_consulted WHERE case_id = ?1",
        )?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let step = small(row.get(0)?)?;
            let expert: String = row.get(1)?;
            let progress = case.steps.get_mut(&step).ok_or(CORRUPT)?;
            if let Some(at) = row.get::<_, Option<i64>>(2)? {
                progress.consulted_at.insert(expert.clone(), from_ns(at));
            }
            progress.consulted.insert(expert);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT question, answer, answered_at FROM case_answers WHERE case_id = ?1",
        )?;
        let mut rows = stmt.query([key])?;
        while let Some(row) = rows.next()? {
            let record = AnswerRecord {
                answer: answer_from_code(&row.get::<_, String>(1)?)?,
                answered_at: from_ns(row.get(2)?),
            };
            case.answers.insert(small(row.get(0)?)?, record);
        }
        Ok(Some(case))
    }

    pub(crate) fn list_cases(&self) -> Result<Vec<CaseListItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.label, c.updated_at,
                 (SELECT count(*) FROM case_signals s WHERE s.case_id = c.id AND s.ticked = 1),
                 (SELECT count(*) FROM notes n WHERE n.case_id = c.id)
             FROM cases c ORDER BY c.updated_at DESC, c.id",
        )?;
        let mut rows = stmt.query([])?;
        let mut items = Vec::new();
        while let Some(row) = rows.next()? {
            items.push(list_item(row)?);
        }
        Ok(items)
    }

    pub(crate) fn delete_case(&mut self, id: CaseId) -> Result<()> {
        let tx = self.conn.transaction()?;
        let key = &id.as_bytes()[..];
        // Notes first, through their trigger, so their text leaves the FTS index too.
        tx.execute("DELETE FROM notes WHERE case_id = ?1", [key])?;
        let deleted = tx.execute("DELETE FROM cases WHERE id = ?1", [key])?;
        if deleted == 0 {
            return Err(VaultError::CaseNotFound);
        }
        tx.commit()?;
        Ok(())
    }
}

fn list_item(row: &Row<'_>) -> Result<CaseListItem> {
    let count = |n: i64| u32::try_from(n).map_err(|_| CORRUPT);
    Ok(CaseListItem {
        id: case_id(row.get(0)?)?,
        label: label(&row.get::<_, String>(1)?)?,
        updated_at: from_ns(row.get(2)?),
        observed_signals: count(row.get(3)?)?,
        notes: count(row.get(4)?)?,
    })
}
