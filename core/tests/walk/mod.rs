//! One walk through every screen of the app, recording the update of each state by
//! name: the snapshot test compares them with reviewed files, the discreet-mode test
//! reads every string in them. Shared so that a state added for one is seen by both.
// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use std::ops::{Deref, DerefMut};

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Event, FieldId, NoteKindChoice, Screen, SeenChoice, StepChoice,
    Update, ViewModel,
};

pub use crate::support::app::PIN;
use crate::support::app::{AppHarness, case_id, cet};

/// The signal's screen's button that shows what discreet mode holds back, if offered.
fn signal_detail_show_text(view: &ViewModel) -> Option<Event> {
    match &view.screen {
        Screen::SignalDetail { view } => view.show_text.as_ref().map(|b| b.event.clone()),
        _ => None,
    }
}

/// The PIN the walk changes to.
pub const NEW_PIN: &str = "813579";

/// One walk through the app in one language and mode, recording each state by name:
/// an app harness whose clock moves half a minute before each event, and the shots.
pub struct Walk {
    h: AppHarness,
    pub shots: Vec<(&'static str, Update)>,
}

impl Deref for Walk {
    type Target = AppHarness;

    fn deref(&self) -> &AppHarness {
        &self.h
    }
}

impl DerefMut for Walk {
    fn deref_mut(&mut self) -> &mut AppHarness {
        &mut self.h
    }
}

impl Walk {
    /// The app freshly installed in `language`, discreet or not, before any shot.
    pub fn start(language: Language, discreet: bool) -> Self {
        // 28 November 2026, 14:00 in the Netherlands (CET).
        let mut h = AppHarness::builder()
            .language(language)
            .offset(cet())
            .step(Duration::seconds(30))
            .start();
        if discreet {
            // Set before the walk, in no time, from the settings as a user does.
            h.app.dispatch(Event::Open {
                destination: Destination::Settings,
            });
            h.app.dispatch(Event::SetDiscreet { enabled: true });
            h.app.dispatch(Event::OpenHome);
        }
        Self {
            h,
            shots: Vec::new(),
        }
    }

    /// Sends `event` and records the update as `name`.
    pub fn shot(&mut self, name: &'static str, event: Event) -> Update {
        let update = self.send(event);
        self.shots.push((name, update.clone()));
        update
    }

    /// The screen shown now.
    pub fn screen(&self) -> Screen {
        self.app.view().screen
    }
}

/// The whole walk; every state is recorded under the same name in every language.
/// What the walk types: the case's name, a remark, a note and a word the search finds
/// in the note.
pub struct Typed {
    pub label: &'static str,
    pub remark: &'static str,
    pub note: &'static str,
    pub query: &'static str,
    /// The advice received at step 2, in one line.
    pub advice: &'static str,
}

/// Neutral texts, so that every word a test finds on a screen comes from the app.
pub const NEUTRAL: Typed = Typed {
    label: "gezin B.",
    remark: "bij de voordeur",
    note: "Zoon brengt 's nachts pakketjes rond.\nNieuwe schoenen.",
    query: "pakketjes",
    advice: "eerst een gesprek met de huisarts plannen",
};

pub fn walk(language: Language, discreet: bool) -> Vec<(&'static str, Update)> {
    walk_typing(language, discreet, &NEUTRAL)
}

/// The walk, typing `typed`.
pub fn walk_typing(
    language: Language,
    discreet: bool,
    typed: &Typed,
) -> Vec<(&'static str, Update)> {
    let mut w = Walk::start(language, discreet);
    let open = |destination| Event::Open { destination };

    // The public card, before any vault exists.
    w.shot("home", Event::OpenHome);
    w.shot("signals_quick", open(Destination::Signals));
    w.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "withdraws".into(),
    });
    w.shot(
        "signals_quick_ticked",
        Event::ToggleSignal {
            case_id: None,
            signal_id: "unexplained_debts".into(),
        },
    );
    w.send(Event::OpenHome);
    w.shot("conversation", open(Destination::Conversation));
    w.send(Event::OpenHome);
    w.shot("meldcode", open(Destination::Meldcode));
    w.send(Event::OpenHome);
    w.shot("afwegingskader", open(Destination::Afwegingskader));
    w.send(Event::OpenHome);
    w.shot("contacts", open(Destination::Contacts));
    // Its sources, behind the one "Bronnen" line.
    w.shot("contacts_sources", Event::ToggleSources);
    w.send(Event::OpenHome);
    w.shot("about", open(Destination::About));
    w.send(Event::OpenHome);
    w.shot("settings_no_vault", open(Destination::Settings));

    // Saving the quick checklist asks for a new PIN first.
    w.send(Event::OpenHome);
    w.send(open(Destination::Signals));
    w.shot("pin_choose", Event::SaveChecklist);
    w.digits("123456");
    w.shot("pin_choose_weak", Event::PinSubmit);
    w.digits(PIN);
    w.shot("pin_repeat", Event::PinSubmit);
    w.digits(PIN);
    w.shot("cases_picking", Event::PinSubmit);
    w.shot("label_new", Event::NewCase);
    w.shot(
        "label_new_too_long",
        Event::Edit {
            field: FieldId::CaseLabel,
            text: "x".repeat(61).into(),
        },
    );
    w.shot(
        "label_new_typed",
        Event::Edit {
            field: FieldId::CaseLabel,
            text: typed.label.into(),
        },
    );
    let id = case_id(&w.shot("case_new_with_checklist", Event::SubmitLabel).view);

    // The case's signals, a remark, its steps and its afwegingskader.
    w.shot(
        "case_signals",
        Event::OpenCaseSignals {
            case_id: id.clone(),
        },
    );
    w.shot(
        "case_signals_ticked",
        Event::ToggleSignal {
            case_id: Some(id.clone()),
            signal_id: "many_new_contacts".into(),
        },
    );
    w.shot(
        "remark",
        Event::EditRemark {
            case_id: id.clone(),
            signal_id: "many_new_contacts".into(),
        },
    );
    // Discreet mode holds the remark back until the screen's text is shown.
    if let Some(show) = signal_detail_show_text(&w.app.view()) {
        w.send(show);
    }
    w.shot(
        "remark_typed",
        Event::Edit {
            field: FieldId::Remark,
            text: typed.remark.into(),
        },
    );
    // When it was seen: ticked in the car, seen at the visit.
    w.shot(
        "signal_seen_yesterday",
        Event::ChooseSeen {
            choice: SeenChoice::Yesterday,
        },
    );
    w.shot(
        "signal_seen_other_day",
        Event::ChooseSeen {
            choice: SeenChoice::OtherDay,
        },
    );
    w.send(Event::ChooseSeen {
        choice: SeenChoice::EarlierToday,
    });
    w.shot(
        "signal_seen_future",
        Event::Edit {
            field: FieldId::SeenTime,
            text: "23:59".into(),
        },
    );
    w.shot(
        "signal_seen_earlier_today",
        Event::Edit {
            field: FieldId::SeenTime,
            text: "09:30".into(),
        },
    );
    w.shot("case_signals_with_remark", Event::SaveSignalDetail);
    w.shot(
        "signal_seen_saved",
        Event::EditRemark {
            case_id: id.clone(),
            signal_id: "many_new_contacts".into(),
        },
    );
    w.send(Event::Back);
    w.send(Event::Back);
    w.shot(
        "case_meldcode",
        Event::OpenCaseSteps {
            case_id: id.clone(),
        },
    );
    w.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 1,
        status: StepChoice::Done,
    });
    w.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 2,
        status: StepChoice::InProgress,
    });
    w.shot(
        "case_meldcode_progress",
        Event::ToggleConsulted {
            case_id: id.clone(),
            step: 2,
            expert_id: "veilig_thuis".into(),
        },
    );
    // The step log: the advice received at step 2, in one line of the user's own.
    w.shot(
        "advice",
        Event::EditAdvice {
            case_id: id.clone(),
            step: 2,
        },
    );
    w.shot(
        "advice_typed",
        Event::Edit {
            field: FieldId::Advice,
            text: typed.advice.into(),
        },
    );
    w.shot("case_meldcode_step_log", Event::SubmitLabel);
    w.shot(
        "case_afweging",
        Event::OpenCaseAfweging {
            case_id: id.clone(),
        },
    );
    w.send(Event::Answer {
        case_id: id.clone(),
        question: 1,
        answer: Some(AnswerChoice::Yes),
    });
    w.shot(
        "case_afweging_concluded",
        Event::Answer {
            case_id: id.clone(),
            question: 2,
            answer: Some(AnswerChoice::Yes),
        },
    );

    // Back from the afwegingskader and the steps to the case: the answers say acute
    // or structural unsafety, so the acute line leads it, then the one next step.
    w.send(Event::Back);
    w.shot("case_next_step_acute", Event::Back);
    w.shot(
        "note_new",
        Event::NewNote {
            case_id: id.clone(),
        },
    );
    w.shot(
        "note_typed",
        Event::Edit {
            field: FieldId::Note,
            text: typed.note.into(),
        },
    );
    w.shot(
        "note_kind_chosen",
        Event::SetNoteKind {
            kind: NoteKindChoice::Observation,
        },
    );
    let saved = w.shot("case_with_note", Event::SaveNote);
    let Screen::Case { view: case } = saved.view.screen else {
        panic!("back on the case")
    };
    let edit = case.notes[0].event.clone();
    w.shot("note_edit", edit);
    let Screen::NoteEditor { view: editor } = w.screen() else {
        panic!("note editor")
    };
    let delete = editor
        .delete
        .expect("an existing note can be deleted")
        .event;
    w.shot("confirm_delete_note", delete);
    w.send(Event::Cancel);
    w.send(Event::Back);

    // The case's own actions.
    w.shot(
        "confirm_export",
        Event::ExportCase {
            case_id: id.clone(),
        },
    );
    w.shot("export_shared", Event::Confirm);
    w.shot(
        "label_rename",
        Event::RenameCase {
            case_id: id.clone(),
        },
    );
    w.send(Event::Back);
    w.shot(
        "confirm_delete_case",
        Event::DeleteCase {
            case_id: id.clone(),
        },
    );
    w.send(Event::Cancel);
    w.send(Event::OpenHome);
    w.shot("home_unlocked", Event::OpenHome);
    w.shot("cases", open(Destination::Cases));

    // Search.
    w.send(Event::OpenHome);
    w.shot("search", open(Destination::Search));
    w.shot(
        "search_hits",
        Event::Edit {
            field: FieldId::Search,
            text: typed.query.into(),
        },
    );
    w.shot(
        "search_nothing",
        Event::Edit {
            field: FieldId::Search,
            text: "fiets".into(),
        },
    );

    // Settings with an unlocked vault, the own coordinator, the PIN change, the wipe.
    w.send(Event::OpenHome);
    w.shot("settings_unlocked", open(Destination::Settings));
    w.send(Event::Edit {
        field: FieldId::CoordinatorName,
        text: "Zorgcoördinator regio Utrecht".into(),
    });
    w.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030 12".into(),
    });
    w.shot("settings_coordinator_refused", Event::SaveCoordinator);
    w.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030-2345678".into(),
    });
    w.shot("settings_coordinator_saved", Event::SaveCoordinator);
    w.send(Event::OpenHome);
    w.shot("contacts_own_coordinator", open(Destination::Contacts));
    w.send(Event::OpenHome);
    w.send(open(Destination::Settings));
    w.shot("pin_change_current", Event::ChangePin);
    w.digits(PIN);
    w.shot("pin_change_new", Event::PinSubmit);
    w.digits(NEW_PIN);
    w.shot("pin_change_repeat", Event::PinSubmit);
    w.digits(NEW_PIN);
    w.shot("settings_pin_changed", Event::PinSubmit);
    w.shot("confirm_wipe", Event::RequestWipe);
    w.send(Event::Cancel);

    // The biometric unlock: turned on with the PIN, the finger offered at the pad, and
    // only the PIN after a quick exit; then off again for what follows.
    w.shot("pin_biometric_on", Event::SetBiometrics { enabled: true });
    w.digits(NEW_PIN);
    w.shot("settings_biometric_on", Event::PinSubmit);
    w.send(Event::LockNow);
    w.shot("pin_unlock_biometric", open(Destination::Cases));
    w.send(Event::UnlockWithBiometrics);
    w.send(Event::QuickExit);
    w.send(Event::LeaveNeutral);
    w.shot("pin_unlock_after_quick_exit", open(Destination::Cases));
    w.digits(NEW_PIN);
    w.send(Event::PinSubmit);
    w.send(Event::OpenHome);
    w.send(open(Destination::Settings));
    w.send(Event::SetBiometrics { enabled: false });

    // Locking, wrong PINs, the delay, quick exit.
    w.shot("locked_home", Event::LockNow);
    w.shot("pin_unlock", open(Destination::Cases));
    w.digits("480271");
    w.shot("pin_unlock_wrong", Event::PinSubmit);
    for _ in 0..2 {
        w.digits("480271");
        w.send(Event::PinSubmit);
    }
    // Three attempts are free; the fourth wrong PIN starts a delay.
    w.digits("480271");
    w.shot("pin_unlock_waiting", Event::PinSubmit);
    w.shot("neutral", Event::QuickExit);
    w.shot("home_after_neutral", Event::LeaveNeutral);

    // Too many wrong PINs: everything is erased.
    w.send(open(Destination::Cases));
    // Four wrong PINs so far; the tenth erases. A day between tries outlasts any delay.
    for _ in 0..5 {
        w.clock.advance(Duration::days(1));
        w.digits("480271");
        w.send(Event::PinSubmit);
    }
    w.clock.advance(Duration::days(1));
    w.digits("480271");
    w.shot("locked_out", Event::PinSubmit);
    w.shot("home_after_wipe", Event::OpenHome);

    // After the wipe, as at a fresh install, the home screen asks once whose
    // zorgcoördinator to call (discreet mode stayed).
    w.shot("coordinator_question", Event::AskCoordinator);
    w.send(Event::Edit {
        field: FieldId::CoordinatorName,
        text: "Zorgcoördinator regio Utrecht".into(),
    });
    w.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030 12".into(),
    });
    w.shot("coordinator_question_refused", Event::SaveCoordinator);
    w.shot(
        "home_after_coordinator_question",
        Event::PostponeCoordinator,
    );
    w.shots
}
