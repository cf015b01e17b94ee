//! A case and the changes a professional makes to it.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use zeroize::Zeroize;

use super::afweging::{Answer, AnswerRecord};
use super::steps::{MAX_ADVICE_CHARS, REPORT_STEP, StepProgress, StepStatus};
use super::{CaseLabel, CaseworkError};
use crate::Content;

/// The longest remark on an observed signal; longer text belongs in a note.
pub const MAX_REMARK_CHARS: usize = 500;

/// A case's id: random, never derived from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseId(Uuid);

impl CaseId {
    /// A new random id.
    pub fn random() -> Self {
        Self(Uuid::new_v4())
    }

    /// Parses an id as the shells send it back; `None` if it is not an id.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(Self)
    }

    /// The id as bytes, for storage.
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }

    /// Rebuilds an id from stored bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(Uuid::from_bytes(bytes))
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A signal observed in a case: when it was seen and when it was recorded, which
/// differ when the professional ticks it afterwards (in the car) and says when it was
/// seen.
#[derive(Clone, PartialEq, Eq)]
pub struct ObservedSignal {
    /// When it was seen: the tick, unless the professional said otherwise. Never after
    /// `recorded_at`.
    pub observed_at: DateTime<Utc>,
    /// When it was ticked in the app; never changes afterwards.
    pub recorded_at: DateTime<Utc>,
    /// An optional short remark.
    pub remark: Option<String>,
}

impl ObservedSignal {
    /// Seen and recorded at `at`, without a remark: a tick.
    pub fn ticked_at(at: DateTime<Utc>) -> Self {
        Self {
            observed_at: at,
            recorded_at: at,
            remark: None,
        }
    }

    /// When the signal was seen.
    pub fn seen_at(&self) -> DateTime<Utc> {
        self.observed_at
    }

    /// When the signal was recorded (ticked) in the app.
    pub fn recorded_at(&self) -> DateTime<Utc> {
        self.recorded_at
    }

    /// The moment it was seen if `seen` is said (`None`: at the tick), or why not:
    /// never after `now` (the future) nor after it was recorded.
    pub fn check_seen(
        &self,
        seen: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, CaseworkError> {
        let seen = seen.unwrap_or(self.recorded_at);
        if seen > now {
            return Err(CaseworkError::SeenInFuture);
        }
        if seen > self.recorded_at {
            return Err(CaseworkError::SeenAfterRecorded {
                recorded_at: self.recorded_at,
            });
        }
        Ok(seen)
    }
}

/// Remarks are case data: `Debug` never shows them.
impl fmt::Debug for ObservedSignal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ObservedSignal")
            .field("observed_at", &self.observed_at)
            .field("recorded_at", &self.recorded_at)
            .field("has_remark", &self.remark.is_some())
            .finish()
    }
}

/// Wipes the remark, leaving none.
impl Zeroize for ObservedSignal {
    fn zeroize(&mut self) {
        self.remark.zeroize();
    }
}

/// What a toggle did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalToggle {
    /// The signal is now observed.
    Ticked,
    /// The signal is no longer observed.
    Unticked,
}

/// A case: a short label, the signals observed, the meldcode steps and the
/// afwegingskader answers.
///
/// Unticking a signal keeps its observation aside, so that ticking it again restores
/// the original time and remark: an accidental tap during a visit loses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Random id.
    pub id: CaseId,
    /// The professional's short label.
    pub label: CaseLabel,
    /// When the case was created.
    pub created_at: DateTime<Utc>,
    /// When anything in the case last changed; retention counts from here.
    pub updated_at: DateTime<Utc>,
    /// Observed signals by signal id.
    pub signals: BTreeMap<String, ObservedSignal>,
    /// Observations of unticked signals, restored by ticking again.
    pub unticked: BTreeMap<String, ObservedSignal>,
    /// Progress by step number; a step without an entry is not started.
    pub steps: BTreeMap<u8, StepProgress>,
    /// Afwegingskader answers by question number.
    pub answers: BTreeMap<u8, AnswerRecord>,
}

/// Wipes every piece of text the case holds before it is freed: the label, remarks, and
/// which signals and experts it names (the ids are the card's, but which of them a case
/// holds is case data). Leaves an empty husk, to be dropped. The app calls this when
/// the vault locks.
impl Zeroize for Case {
    fn zeroize(&mut self) {
        self.label.zeroize();
        for signals in [&mut self.signals, &mut self.unticked] {
            for (mut id, mut observation) in std::mem::take(signals) {
                id.zeroize();
                observation.zeroize();
            }
        }
        for (_, mut progress) in std::mem::take(&mut self.steps) {
            for mut expert in std::mem::take(&mut progress.consulted) {
                expert.zeroize();
            }
            for (mut expert, _) in std::mem::take(&mut progress.consulted_at) {
                expert.zeroize();
            }
            progress.advice.zeroize();
        }
        self.answers.clear();
    }
}

fn check_remark(remark: Option<&str>) -> Result<Option<String>, CaseworkError> {
    let remark = remark.map(str::trim).filter(|r| !r.is_empty());
    match remark {
        Some(r) if r.chars().count() > MAX_REMARK_CHARS => Err(CaseworkError::RemarkTooLong {
            max: MAX_REMARK_CHARS,
        }),
        other => Ok(other.map(str::to_owned)),
    }
}

/// Whether the card names someone to consult at `step`: a step with experts, other
/// than the reporting step (there they are whom the report goes to).
pub(crate) fn takes_advice(content: &Content, step: u8) -> bool {
    step != REPORT_STEP
        && content
            .card(crate::Language::Nl)
            .meldcode
            .steps
            .iter()
            .any(|s| s.number == step && !s.experts.is_empty())
}

fn check_advice(advice: Option<&str>) -> Result<Option<String>, CaseworkError> {
    let advice = advice.map(str::trim).filter(|a| !a.is_empty());
    match advice {
        Some(a) if a.chars().any(char::is_control) => Err(CaseworkError::AdviceNotOneLine),
        Some(a) if a.chars().count() > MAX_ADVICE_CHARS => Err(CaseworkError::AdviceTooLong {
            max: MAX_ADVICE_CHARS,
        }),
        other => Ok(other.map(str::to_owned)),
    }
}

impl Case {
    /// A new, empty case.
    pub fn new(label: CaseLabel, now: DateTime<Utc>) -> Self {
        Self {
            id: CaseId::random(),
            label,
            created_at: now,
            updated_at: now,
            signals: BTreeMap::new(),
            unticked: BTreeMap::new(),
            steps: BTreeMap::new(),
            answers: BTreeMap::new(),
        }
    }

    /// Renames the case.
    pub fn relabel(&mut self, label: CaseLabel, now: DateTime<Utc>) {
        self.label = label;
        self.updated_at = now;
    }

    /// Ticks or unticks a signal of the card.
    pub fn toggle_signal(
        &mut self,
        content: &Content,
        signal: &str,
        now: DateTime<Utc>,
    ) -> Result<SignalToggle, CaseworkError> {
        if !content.has_signal(signal) {
            return Err(CaseworkError::UnknownSignal(signal.to_owned()));
        }
        self.updated_at = now;
        if let Some(observation) = self.signals.remove(signal) {
            self.unticked.insert(signal.to_owned(), observation);
            return Ok(SignalToggle::Unticked);
        }
        let observation = self
            .unticked
            .remove(signal)
            .unwrap_or_else(|| ObservedSignal::ticked_at(now));
        self.signals.insert(signal.to_owned(), observation);
        Ok(SignalToggle::Ticked)
    }

    /// Ticks every signal in `signals` that is not yet observed (saving a quick,
    /// unsaved checklist into this case). Unknown ids refuse the whole batch.
    pub fn observe_all<'a>(
        &mut self,
        content: &Content,
        signals: impl IntoIterator<Item = (&'a str, DateTime<Utc>)>,
        now: DateTime<Utc>,
    ) -> Result<usize, CaseworkError> {
        let batch: Vec<(&str, DateTime<Utc>)> = signals.into_iter().collect();
        if let Some((unknown, _)) = batch.iter().find(|(id, _)| !content.has_signal(id)) {
            return Err(CaseworkError::UnknownSignal((*unknown).to_owned()));
        }
        let mut added = 0;
        for (id, observed_at) in batch {
            if !self.signals.contains_key(id) {
                self.unticked.remove(id);
                self.signals
                    .insert(id.to_owned(), ObservedSignal::ticked_at(observed_at));
                added += 1;
            }
        }
        if added > 0 {
            self.updated_at = now;
        }
        Ok(added)
    }

    /// Sets or clears the remark on an observed signal.
    pub fn set_signal_remark(
        &mut self,
        signal: &str,
        remark: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        let remark = check_remark(remark)?;
        let observation = self
            .signals
            .get_mut(signal)
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.to_owned()))?;
        observation.remark = remark;
        self.updated_at = now;
        Ok(())
    }

    /// Says when an observed signal was seen: `None` for the moment it was ticked.
    /// Never after `now` (the future) nor after it was recorded; a moment before the
    /// case was created is taken (a case is often made afterwards, in the car).
    pub fn set_signal_seen(
        &mut self,
        signal: &str,
        seen: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        let observation = self
            .signals
            .get_mut(signal)
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.to_owned()))?;
        let seen = observation.check_seen(seen, now)?;
        if observation.observed_at != seen {
            observation.observed_at = seen;
            self.updated_at = now;
        }
        Ok(())
    }

    /// Puts an observed signal back as it was (taking back a change of when it was
    /// seen or of its remark). Only a signal still observed.
    pub fn restore_observation(
        &mut self,
        signal: &str,
        observation: ObservedSignal,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        let current = self
            .signals
            .get_mut(signal)
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.to_owned()))?;
        *current = observation;
        self.updated_at = now;
        Ok(())
    }

    /// Sets a meldcode step's status. Steps may be done in any order.
    pub fn set_step_status(
        &mut self,
        content: &Content,
        step: u8,
        status: StepStatus,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        if step == 0 || step > content.step_count() {
            return Err(CaseworkError::UnknownStep(step));
        }
        let progress = self
            .steps
            .entry(step)
            .or_insert_with(|| StepProgress::new(now));
        progress.status = status;
        progress.changed_at = now;
        if status == StepStatus::NotStarted && progress.is_bare() {
            self.steps.remove(&step);
        }
        self.updated_at = now;
        Ok(())
    }

    /// Marks an expert the card names at `step` as consulted, or not. Consulting
    /// someone puts a not-started step in progress.
    pub fn toggle_consulted(
        &mut self,
        content: &Content,
        step: u8,
        expert: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, CaseworkError> {
        if step == 0 || step > content.step_count() {
            return Err(CaseworkError::UnknownStep(step));
        }
        if !content.step_names_expert(step, expert) {
            return Err(CaseworkError::UnknownExpert {
                step,
                expert: expert.to_owned(),
            });
        }
        let progress = self
            .steps
            .entry(step)
            .or_insert_with(|| StepProgress::new(now));
        let consulted = if progress.consulted.remove(expert) {
            progress.consulted_at.remove(expert);
            false
        } else {
            progress.consulted.insert(expert.to_owned());
            progress.consulted_at.insert(expert.to_owned(), now);
            if progress.status == StepStatus::NotStarted {
                progress.status = StepStatus::InProgress;
            }
            true
        };
        progress.changed_at = now;
        self.updated_at = now;
        Ok(consulted)
    }

    /// Records the advice received at a consultation step (one line of the
    /// professional's own), or clears it. Only a step where the card names someone to
    /// consult takes advice; recording it puts a not-started step in progress.
    pub fn set_step_advice(
        &mut self,
        content: &Content,
        step: u8,
        advice: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        if step == 0 || step > content.step_count() {
            return Err(CaseworkError::UnknownStep(step));
        }
        if !takes_advice(content, step) {
            return Err(CaseworkError::NoConsultationAt(step));
        }
        let advice = check_advice(advice)?;
        let progress = self
            .steps
            .entry(step)
            .or_insert_with(|| StepProgress::new(now));
        if advice.is_some() && progress.status == StepStatus::NotStarted {
            progress.status = StepStatus::InProgress;
        }
        if let Some(mut old) = std::mem::replace(&mut progress.advice, advice) {
            old.zeroize();
        }
        progress.changed_at = now;
        if progress.status == StepStatus::NotStarted && progress.is_bare() {
            self.steps.remove(&step);
        }
        self.updated_at = now;
        Ok(())
    }

    /// The status of `step`, `NotStarted` if never touched.
    pub fn step_status(&self, step: u8) -> StepStatus {
        self.steps
            .get(&step)
            .map_or(StepStatus::NotStarted, |p| p.status)
    }

    /// Records the professional's answer to an afwegingskader question, or clears it.
    pub fn answer(
        &mut self,
        content: &Content,
        question: u8,
        answer: Option<Answer>,
        now: DateTime<Utc>,
    ) -> Result<(), CaseworkError> {
        if question == 0 || question > content.question_count() {
            return Err(CaseworkError::UnknownQuestion(question));
        }
        match answer {
            Some(answer) => {
                self.answers.insert(
                    question,
                    AnswerRecord {
                        answer,
                        answered_at: now,
                    },
                );
            }
            None => {
                self.answers.remove(&question);
            }
        }
        self.updated_at = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroizing_a_case_empties_every_text_it_holds() {
        let content = Content::embedded().expect("embedded content is valid");
        let now = Utc::now();
        let mut case = Case::new(CaseLabel::new("gezin Jansen").expect("valid"), now);
        for signal in ["unexplained_debts", "withdraws"] {
            case.toggle_signal(&content, signal, now)
                .expect("on the card");
            case.set_signal_remark(signal, Some("schuld bij 'vriend'"), now)
                .expect("observed");
        }
        case.toggle_signal(&content, "withdraws", now)
            .expect("unticked, remark kept aside");
        case.toggle_consulted(&content, 2, "zorgcoordinator", now)
            .expect("named at step 2");
        case.answer(&content, 1, Some(Answer::Yes), now)
            .expect("a question");
        assert!(!case.signals.is_empty() && !case.unticked.is_empty());
        assert!(!case.steps.is_empty() && !case.answers.is_empty());

        case.zeroize();
        assert_eq!(case.label.as_str(), "");
        assert!(case.signals.is_empty() && case.unticked.is_empty());
        assert!(case.steps.is_empty() && case.answers.is_empty());
    }

    #[test]
    fn zeroizing_an_observation_wipes_its_remark() {
        let mut observation = ObservedSignal {
            remark: Some("schuld bij 'vriend'".to_owned()),
            ..ObservedSignal::ticked_at(Utc::now())
        };
        observation.zeroize();
        assert_eq!(observation.remark, None);
    }
}
