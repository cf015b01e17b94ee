//! Work in progress over a lock: the quick checklist's ticks and the one-line editor's
//! text (a label, a remark, a step's advice) go into the vault as the vault locks (so nothing of the visit stays visible
//! without the PIN) and come back at the next unlock. Notes have their own way: they
//! are saved as notes (see `saved_at_lock`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::super::App;
use super::super::SeenChoice;
use super::super::outcome::{Done, Outcome, Refusal};
use super::super::route::{Draft, LabelEditor, Route};
use super::super::seen::SeenEditor;
use crate::casework::CaseId;

/// The kind under which the vault keeps this visit's work.
const VISIT: &str = "visit";

/// What the visit was doing when the vault locked. Wiped as it drops.
#[derive(Default, Serialize, Deserialize)]
struct Kept {
    #[serde(default)]
    checklist: BTreeMap<String, DateTime<Utc>>,
    #[serde(default)]
    editor: Option<KeptEditor>,
}

/// The one-line editor that was open, with its text.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum KeptEditor {
    Label {
        case: Option<String>,
        for_checklist: bool,
        text: String,
    },
    /// A signal's screen: its remark, and when it was seen as chosen (the day fixed,
    /// so "yesterday" chosen before midnight still means that day after it).
    Remark {
        case: String,
        signal: String,
        text: String,
        #[serde(default)]
        seen: KeptSeen,
    },
    Advice {
        case: String,
        step: u8,
        text: String,
    },
}

/// When a signal was seen, as chosen on its screen.
#[derive(Default, Serialize, Deserialize)]
struct KeptSeen {
    when: SeenChoice,
    date: String,
    time: String,
}

impl Drop for Kept {
    fn drop(&mut self) {
        for (mut signal, _) in std::mem::take(&mut self.checklist) {
            signal.zeroize();
        }
        match &mut self.editor {
            Some(KeptEditor::Label { text, .. } | KeptEditor::Advice { text, .. }) => {
                text.zeroize()
            }
            Some(KeptEditor::Remark {
                signal, text, seen, ..
            }) => {
                signal.zeroize();
                text.zeroize();
                seen.date.zeroize();
                seen.time.zeroize();
            }
            None => {}
        }
    }
}

impl KeptEditor {
    /// The editor open on `route`, if it holds text.
    fn of(route: &Route) -> Option<Self> {
        match route {
            Route::Label(editor) if !editor.draft.text.is_empty() => Some(KeptEditor::Label {
                case: editor.case.map(|id| id.to_string()),
                for_checklist: editor.for_checklist,
                text: editor.draft.text.to_string(),
            }),
            Route::Remark {
                case,
                signal,
                draft,
                seen,
            } if !draft.text.is_empty() || seen.when != SeenChoice::AtTick => {
                Some(KeptEditor::Remark {
                    case: case.to_string(),
                    signal: signal.clone(),
                    text: draft.text.to_string(),
                    seen: KeptSeen {
                        when: seen.when,
                        date: seen.date.text.to_string(),
                        time: seen.time.text.to_string(),
                    },
                })
            }
            Route::Advice { case, step, draft } if !draft.text.is_empty() => {
                Some(KeptEditor::Advice {
                    case: case.to_string(),
                    step: *step,
                    text: draft.text.to_string(),
                })
            }
            _ => None,
        }
    }

    /// The editor again, with its text; `None` if an id no longer parses.
    fn route(&self) -> Option<Route> {
        Some(match self {
            KeptEditor::Label {
                case,
                for_checklist,
                text,
            } => Route::Label(LabelEditor {
                case: match case {
                    Some(id) => Some(CaseId::parse(id)?),
                    None => None,
                },
                for_checklist: *for_checklist,
                draft: Draft::new(text.as_str()),
            }),
            KeptEditor::Remark {
                case,
                signal,
                text,
                seen,
            } => Route::Remark {
                case: CaseId::parse(case)?,
                signal: signal.clone(),
                draft: Draft::new(text.as_str()),
                seen: SeenEditor {
                    when: seen.when,
                    date: Draft::new(seen.date.as_str()),
                    time: Draft::new(seen.time.as_str()),
                },
            },
            KeptEditor::Advice { case, step, text } => Route::Advice {
                case: CaseId::parse(case)?,
                step: *step,
                draft: Draft::new(text.as_str()),
            },
        })
    }
}

/// Whether `a` and `b` are the same editor (whatever their text).
fn same_editor(a: &Route, b: &Route) -> bool {
    match (a, b) {
        (Route::Label(a), Route::Label(b)) => {
            a.case == b.case && a.for_checklist == b.for_checklist
        }
        (
            Route::Remark {
                case: a, signal: s, ..
            },
            Route::Remark {
                case: b, signal: t, ..
            },
        ) => a == b && s == t,
        (
            Route::Advice {
                case: a, step: s, ..
            },
            Route::Advice {
                case: b, step: t, ..
            },
        ) => a == b && s == t,
        _ => false,
    }
}

impl App {
    /// Moves the quick checklist and the open one-line editor's text into the vault,
    /// which must still be open. `None` when that worked or there was nothing; else
    /// what the unlock must say (the ticks then stay in memory: never lost).
    pub(in crate::app) fn keep_work_before_lock(&mut self) -> Option<Outcome> {
        let session = &self.session;
        let editor = session.open_routes().find_map(KeptEditor::of);
        if session.checklist.is_empty() && editor.is_none() {
            return None;
        }
        let kept = Kept {
            checklist: session.checklist.clone(),
            editor,
        };
        let Ok(body) = serde_json::to_string(&kept).map(zeroize::Zeroizing::new) else {
            return Some(Err(Refusal::WorkNotKept));
        };
        match self.vault.keep_work(VISIT, &body) {
            Ok(()) => {
                for (mut signal, _) in std::mem::take(&mut self.session.checklist) {
                    signal.zeroize();
                }
                None
            }
            Err(_) => Some(Err(Refusal::WorkNotKept)),
        }
    }

    /// Takes back the work kept at the last lock: the ticks join the quick checklist,
    /// and a kept editor opens again with its text (back leads to `heading`). Returns
    /// where the unlock goes.
    pub(super) fn restore_work(&mut self, heading: Route) -> Route {
        let kept = match self.vault.take_kept_work(VISIT) {
            Ok(Some(body)) => serde_json::from_str::<Kept>(&body).map_err(|_| ()),
            Ok(None) => return heading,
            Err(_) => Err(()),
        };
        let Ok(mut kept) = kept else {
            self.after_unlock(Err(Refusal::WorkNotKept));
            return heading;
        };
        for (signal, at) in std::mem::take(&mut kept.checklist) {
            if self.content.has_signal(&signal) {
                self.session.checklist.entry(signal).or_insert(at);
            }
        }
        self.after_unlock(Ok(Done::WorkRestored));
        match kept.editor.as_ref().and_then(KeptEditor::route) {
            Some(editor) if same_editor(&editor, &heading) => editor,
            Some(editor) => {
                self.session.stack.push(heading);
                editor
            }
            None => heading,
        }
    }

    /// A notice for once the unlock's own notices are read, unless one waits already.
    fn after_unlock(&mut self, outcome: Outcome) {
        self.session.pending.after_unlock.get_or_insert(outcome);
    }
}
