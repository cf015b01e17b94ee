//! What a one-tap removal took away, kept until the next tap so the notice that says it
//! can offer it back ("Ongedaan maken"). In memory only: a lock, a quick exit and a wipe
//! wipe it with the rest of the visit.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use zeroize::Zeroize;

use crate::casework::{Case, CaseId, ObservedSignal};
use crate::vault::Note;

/// A removal that can still be taken back.
pub(crate) enum Undo {
    /// A signal unticked in a case: ticking it again restores its time and remark,
    /// which the case keeps aside.
    Untick { case: CaseId, signal: String },
    /// A signal's screen saved: when it was seen and its remark, as they were before.
    SignalDetail {
        case: CaseId,
        signal: String,
        before: ObservedSignal,
    },
    /// The quick checklist as it was before it was cleared.
    Checklist(BTreeMap<String, DateTime<Utc>>),
    /// A deleted note, whole.
    Note(Note),
    /// A deleted case with its notes, whole.
    Case { case: Case, notes: Vec<Note> },
}

impl Zeroize for Undo {
    fn zeroize(&mut self) {
        match self {
            Undo::Untick { signal, .. } => signal.zeroize(),
            Undo::SignalDetail { signal, before, .. } => {
                signal.zeroize();
                before.zeroize();
            }
            Undo::Checklist(ticks) => {
                for (mut signal, _) in std::mem::take(ticks) {
                    signal.zeroize();
                }
            }
            Undo::Note(note) => note.zeroize(),
            Undo::Case { case, notes } => {
                case.zeroize();
                notes.zeroize();
            }
        }
    }
}

/// Wiped as it drops, whichever way the visit forgets it.
impl Drop for Undo {
    fn drop(&mut self) {
        self.zeroize();
    }
}
