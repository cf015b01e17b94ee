//! A property test of the app: random sequences of what happens to it on a phone, the
//! way a hurried user, a busy platform and a careless shell make it happen. Each step
//! is one of: a tap on an enabled control of the current view (most steps), a tap on a
//! disabled one, typing (well-formed and hostile text) into a field the view shows, an
//! event an earlier view offered (stale), a forged event, the PIN typed right or wrong
//! on the pad, a platform phase, a quick exit, a heartbeat, the clock moved (forward,
//! the wall clock back, a reboot), and the app started again on the same directory.
//!
//! After every dispatch:
//!
//! - nothing panics;
//! - a refused event is worded (an error notice) and changes nothing: the same screen,
//!   no effect, not a byte of the data directory written;
//! - no case data is on screen while the vault is locked;
//! - in discreet mode no revealing word is on screen, unless the user opened the
//!   screen's text;
//! - nothing committed is lost (a case, a note, a recorded signal), unless deleted with
//!   a confirmation, erased by the wrong-PIN limit or expired as the notice says;
//! - the erase screen comes only right after a wrong PIN.
//!
//! Shrunk failures are kept in `tests/app_events.proptest-regressions` and run first. The run
//! prints its seed and size; in the test command the seed is fixed. Run it longer with
//! `SIGNALENKAART_APP_PROPTEST_CASES=2000 SIGNALENKAART_APP_PROPTEST_SEED=random cargo
//! test -p signalenkaart-core --test app_events -- --nocapture` (or a given seed, to
//! repeat a run).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::Duration;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde_json::Value;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    Destination, Effect, Event, FieldId, NoticeKind, Phase, Screen, StepChoice, Update, ViewModel,
};
use signalenkaart_core::casework::CaseId;
use support::app::{AppHarness, PIN};
use support::words::{revealing_words, strings};

mod support;

/// Sequences in the test command's run, and the most steps in one.
const CASES: u32 = 300;
const STEPS: usize = 100;
/// The test command's seed.
const SEED: u64 = 20_261_207;
const WRONG: &str = "975310";

/// The one-screen rule's refusals, in both languages.
const REFUSALS: [&str; 4] = [
    "Dit scherm was verouderd; er is niets gewijzigd.",
    "Dit kan nu niet; er is niets gewijzigd.",
    "This screen was out of date; nothing was changed.",
    "That cannot be done now; nothing was changed.",
];
/// What the notice of cases expired at an unlock says, in both languages.
const PURGED: [&str; 2] = ["bewaartermijn en ", "keeping period and "];

/// What the user types: none of it revealing, some of it hostile.
const TEXTS: [&str; 14] = [
    "gezin B.",
    "Zoon brengt 's nachts pakketjes rond.",
    "",
    "   ",
    "030-2345678",
    "013 549 8430",
    "Zoë 👩\u{200D}👧 \u{1F600}",
    "a\u{0}b",
    "\u{202E}gezin",
    "regel 1\nregel 2\r\nregel 3",
    "pakketjes",
    "\u{FEFF}",
    "e\u{301}",
    "Regio Utrecht",
];

/// How a sequence begins.
#[derive(Debug, Clone, Copy)]
enum Start {
    /// As installed.
    Fresh,
    /// The vault made and open, on the cases.
    VaultOpen,
    /// Also a case with a recorded signal and a note, open on its screen.
    WithACase,
}

#[derive(Debug, Clone)]
enum Step {
    /// An enabled control of the current screen (not the frame's).
    Tap(Index),
    /// An enabled control of the frame: back, call, quick exit, lock, the notice's.
    TapFrame(Index),
    /// The cases opened from home, as the user does to get to their work.
    OpenCases,
    /// A disabled control, if the view has one.
    TapDisabled(Index),
    /// Text typed into a field the view shows: one of `TEXTS`, or `long` characters.
    Type {
        field: Index,
        text: Index,
        long: Option<usize>,
    },
    /// An event an earlier view offered.
    Replay(Index),
    /// An event no view offered.
    Forged(Index),
    /// The PIN typed on the pad's keys and confirmed: the right one, or a wrong one
    /// where the pad asks to unlock.
    Pin {
        right: bool,
    },
    Phase(Phase),
    QuickExit,
    Heartbeat,
    /// Time passes (both hands of the clock).
    Wait {
        minutes: i64,
    },
    /// The wall clock is set back by the user; the time since boot stays.
    ClockBack {
        minutes: i64,
    },
    Reboot,
    Restart,
}

fn start() -> impl Strategy<Value = Start> {
    prop_oneof![
        1 => Just(Start::Fresh),
        2 => Just(Start::VaultOpen),
        3 => Just(Start::WithACase),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        28 => any::<Index>().prop_map(Step::Tap),
        3 => any::<Index>().prop_map(Step::TapFrame),
        3 => Just(Step::OpenCases),
        2 => any::<Index>().prop_map(Step::TapDisabled),
        6 => (any::<Index>(), any::<Index>(), prop::option::weighted(0.15, 1usize..120_000))
            .prop_map(|(field, text, long)| Step::Type { field, text, long }),
        3 => any::<Index>().prop_map(Step::Replay),
        3 => any::<Index>().prop_map(Step::Forged),
        10 => prop::bool::weighted(0.25).prop_map(|wrong| Step::Pin { right: !wrong }),
        2 => prop_oneof![Just(Phase::Active), Just(Phase::Inactive), Just(Phase::Background)]
            .prop_map(Step::Phase),
        1 => Just(Step::QuickExit),
        1 => Just(Step::Heartbeat),
        2 => prop_oneof![Just(1i64), Just(6), Just(90), Just(60 * 24), Just(60 * 24 * 120)]
            .prop_map(|minutes| Step::Wait { minutes }),
        1 => prop_oneof![Just(60i64), Just(60 * 24 * 3)].prop_map(|minutes| Step::ClockBack { minutes }),
        1 => Just(Step::Reboot),
        1 => Just(Step::Restart),
    ]
}

/// What the vault holds, read straight from it: cases with their recorded signals, and
/// notes with their case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Held {
    cases: BTreeMap<CaseId, BTreeSet<String>>,
    notes: BTreeMap<String, CaseId>,
}

fn held(h: &AppHarness) -> Option<Held> {
    if !h.app.vault_open() {
        return None;
    }
    let vault = h.app.vault_for_tests();
    let mut held = Held::default();
    for item in vault.list_cases().ok()? {
        let case = vault.load_case(item.id).ok()??;
        held.cases
            .insert(item.id, case.signals.keys().cloned().collect());
        for note in vault.list_notes(item.id).ok()? {
            held.notes.insert(note.id.to_string(), item.id);
        }
    }
    Some(held)
}

/// What the data directory holds, byte for byte (SQLite's shared-memory index aside:
/// reading may touch it).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.to_string_lossy().ends_with("-shm") {
                out.insert(
                    path.to_string_lossy().into_owned(),
                    std::fs::read(&path).unwrap_or_default(),
                );
            }
        }
    }
    out
}

fn revealing(view: &ViewModel) -> Vec<String> {
    let value = serde_json::to_value(view).expect("serialises");
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    texts
        .into_iter()
        .flat_map(|text| {
            revealing_words(text)
                .into_iter()
                .map(move |w| format!("{w:?} in {text:?}"))
        })
        .collect()
}

/// The screen a view shows, as a value to compare: the notice aside, and the heartbeat
/// (a refused tap is still the user's: it postpones the auto-lock as any tap does).
fn screen_of(view: &ViewModel) -> Value {
    let mut value = serde_json::to_value(view).expect("serialises");
    if let Value::Object(map) = &mut value {
        map.remove("notice");
        map.remove("next_heartbeat_ms");
    }
    value
}

/// Whether the view shows case data: a case's screens, or the card's screens about one.
fn shows_case_data(view: &ViewModel) -> bool {
    match &view.screen {
        Screen::Cases { .. } | Screen::Case { .. } | Screen::NoteEditor { .. } => true,
        Screen::Search { view } => !view.results.is_empty(),
        Screen::Signals { view } => view.case_label.is_some(),
        Screen::Meldcode { view } => view.case_label.is_some(),
        Screen::Afwegingskader { view } => view.case_label.is_some(),
        _ => false,
    }
}

/// The events of the frame's controls: back, call, quick exit, lock, the notice's.
fn frame_events(view: &ViewModel) -> Vec<Event> {
    let buttons = [&view.back, &view.quick_exit, &view.lock];
    let notice = view
        .notice
        .iter()
        .flat_map(|n| [n.action.as_ref(), Some(&n.dismiss)]);
    buttons
        .into_iter()
        .flatten()
        .chain(notice.flatten())
        .map(|b| b.event.clone())
        .chain(view.call.iter().map(|c| c.event.clone()))
        .collect()
}

/// Events no view offers as they are: ids that do not exist, values outside the
/// choices, flow events out of turn.
fn forged(index: Index) -> Event {
    let nobody = "67e55044-10b1-426f-9247-bb680e5fe0c8".to_owned();
    let events = [
        Event::OpenCase {
            case_id: "not-a-uuid".into(),
        },
        Event::OpenCase {
            case_id: nobody.clone(),
        },
        Event::ToggleSignal {
            case_id: Some(nobody.clone()),
            signal_id: "withdraws".into(),
        },
        Event::SetStepStatus {
            case_id: nobody.clone(),
            step: 9,
            status: StepChoice::Done,
        },
        Event::KeepCases {
            case_ids: vec![nobody.clone()],
        },
        Event::DeleteNote { note_id: nobody },
        Event::Call {
            contact_id: "nobody".into(),
        },
        Event::PinDigit { digit: 255 },
        Event::DialFailed {
            tel_uri: "tel:+31201234567".into(),
        },
        Event::SetMaxAttempts { attempts: 7 },
        Event::SetRetentionDays { days: 1 },
        Event::SetLanguage {
            language: Language::En,
        },
        Event::SaveNote,
        Event::SubmitLabel,
        Event::Confirm,
        Event::Undo,
        Event::LeaveNeutral,
        Event::Open {
            destination: Destination::Cases,
        },
        Event::Edit {
            field: FieldId::Note,
            text: "geen notitie hier".into(),
        },
    ];
    events[index.index(events.len())].clone()
}

/// The run of one sequence: the app, what the test knows, and counts for the report.
struct Run {
    h: AppHarness,
    /// Events earlier views offered, for replays.
    offered_before: Vec<Event>,
    /// What the vault held when it was last open, and whether something since may
    /// rightly have removed part of it.
    last_held: Option<Held>,
    removal_allowed: bool,
    unticks_allowed: BTreeSet<CaseId>,
    /// The screen (kind and title) whose held-back text the user opened.
    text_opened: Option<(String, String)>,
    log: Vec<String>,
}

static STEPS_RUN: AtomicUsize = AtomicUsize::new(0);
static REFUSED: AtomicUsize = AtomicUsize::new(0);
static UNLOCKED_STEPS: AtomicUsize = AtomicUsize::new(0);

impl Run {
    fn new(start: Start) -> Self {
        let mut h = AppHarness::start();
        if !matches!(start, Start::Fresh) {
            h.create_vault();
        }
        if matches!(start, Start::WithACase) {
            let id = h.case_with_a_tick("gezin B.", "withdraws");
            h.send(Event::NewNote { case_id: id });
            h.edit(FieldId::Note, "Zoon brengt pakketjes rond.");
            h.send(Event::SaveNote);
        }
        let last_held = held(&h);
        Self {
            h,
            offered_before: Vec::new(),
            last_held,
            removal_allowed: false,
            unticks_allowed: BTreeSet::new(),
            text_opened: None,
            log: Vec::new(),
        }
    }

    fn fail(&self, what: String) -> TestCaseError {
        TestCaseError::fail(format!("{what}\nafter:\n  {}", self.log.join("\n  ")))
    }

    /// Sends one event and checks every invariant on what came of it. `tapped`: the
    /// event came from an enabled control of the view shown (a replayed or typed event
    /// that one of them sends counts as one).
    fn send(&mut self, event: Event, tapped: bool) -> Result<Update, TestCaseError> {
        let before = self.h.app.view();
        let tapped = tapped
            || before
                .offers()
                .iter()
                .any(|offer| offer.enabled && *offer.event == event);
        let files_before = files(&self.h.data_dir());
        self.log
            .push(format!("{:?} on {}", event, before.screen.kind()));
        let update = self.h.app.dispatch(event.clone());
        STEPS_RUN.fetch_add(1, Ordering::Relaxed);
        let view = &update.view;
        for offer in view.offers() {
            if self.offered_before.len() < 400 {
                self.offered_before.push(offer.event.clone());
            }
        }

        // A refused event is worded and changes nothing.
        let notice = view.notice.as_ref();
        // A notice stays through time and phases: only the user's events are answered.
        let refused =
            event.is_user_activity() && notice.is_some_and(|n| REFUSALS.contains(&n.text.as_str()));
        if refused {
            REFUSED.fetch_add(1, Ordering::Relaxed);
            // Time alone may have locked the screen first: then the tap is rightly stale.
            let locked_by_time = update.effects.contains(&Effect::Locked);
            if tapped && !locked_by_time {
                return Err(self.fail(format!("an enabled control was refused: {event:?}")));
            }
            if !locked_by_time {
                let (now, then) = (screen_of(view).to_string(), screen_of(&before).to_string());
                if now != then {
                    let at = now
                        .bytes()
                        .zip(then.bytes())
                        .take_while(|(a, b)| a == b)
                        .count();
                    let around = |s: &str| {
                        s.get(at.saturating_sub(80)..(at + 80).min(s.len()))
                            .unwrap_or("")
                            .to_owned()
                    };
                    return Err(self.fail(format!(
                        "refused {event:?} changed the screen: {} / was {}",
                        around(&now),
                        around(&then)
                    )));
                }
                if !update.effects.is_empty() {
                    return Err(self.fail(format!("refused {event:?}: {:?}", update.effects)));
                }
                if files(&self.h.data_dir()) != files_before {
                    return Err(self.fail(format!("refused {event:?} wrote to the data directory")));
                }
            }
        }
        if let Some(n) = notice
            && n.kind == NoticeKind::Error
            && n.text.trim().is_empty()
        {
            return Err(self.fail("an error notice without words".into()));
        }

        // No case data while locked.
        if view.lock.is_none() && shows_case_data(view) {
            return Err(self.fail(format!("{} shown while locked", view.screen.kind())));
        }

        // Discreet mode keeps the subject off the screen, unless the user opened it.
        let here = (view.screen.kind().to_owned(), view.title.clone());
        if event == Event::ShowText && !refused {
            self.text_opened = Some(here.clone());
        } else if self.text_opened.as_ref() != Some(&here) {
            self.text_opened = None;
        }
        if view.discreet && self.text_opened.is_none() {
            let words = revealing(view);
            if !words.is_empty() {
                return Err(self.fail(format!(
                    "discreet mode, {}: {}",
                    view.screen.kind(),
                    words.join("; ")
                )));
            }
        }

        // The erase screen only right after a wrong PIN.
        if matches!(view.screen, Screen::LockedOut { .. })
            && !matches!(before.screen, Screen::LockedOut { .. })
        {
            if event != Event::PinSubmit {
                return Err(self.fail(format!("erased after {event:?}")));
            }
            self.removal_allowed = true;
        }

        // Nothing committed lost.
        if let Screen::Confirm { view: confirm } = &before.screen
            && confirm.destructive
            && event == Event::Confirm
        {
            self.removal_allowed = true;
        }
        if notice.is_some_and(|n| PURGED.iter().any(|p| n.text.contains(p))) {
            self.removal_allowed = true;
        }
        if tapped
            && let Event::ToggleSignal {
                case_id: Some(id), ..
            } = &event
            && let Some(id) = CaseId::parse(id)
        {
            self.unticks_allowed.insert(id);
        }
        if tapped && event == Event::Undo {
            // An undo puts back what a tap removed; what it takes back was never lost.
            self.unticks_allowed
                .extend(self.last_held.iter().flat_map(|h| h.cases.keys()));
        }
        if let Some(now) = held(&self.h) {
            UNLOCKED_STEPS.fetch_add(1, Ordering::Relaxed);
            if let Some(last) = &self.last_held
                && !self.removal_allowed
            {
                for (case, signals) in &last.cases {
                    let Some(kept) = now.cases.get(case) else {
                        return Err(self.fail(format!("case {case} lost")));
                    };
                    if !self.unticks_allowed.contains(case) && !signals.is_subset(kept) {
                        return Err(self.fail(format!("signals of {case} lost")));
                    }
                }
                for note in last.notes.keys() {
                    if !now.notes.contains_key(note) {
                        return Err(self.fail(format!("note {note} lost")));
                    }
                }
            }
            self.last_held = Some(now);
            self.removal_allowed = false;
            self.unticks_allowed.clear();
        }
        Ok(update)
    }

    fn apply(&mut self, step: &Step) -> Result<(), TestCaseError> {
        let view = self.h.app.view();
        match step {
            Step::Tap(index) | Step::TapFrame(index) => {
                let frame = frame_events(&view);
                let enabled: Vec<Event> = view
                    .offers()
                    .into_iter()
                    .filter(|o| o.enabled)
                    .map(|o| o.event.clone())
                    .filter(|e| frame.contains(e) == matches!(step, Step::TapFrame(_)))
                    .collect();
                if !enabled.is_empty() {
                    self.send(enabled[index.index(enabled.len())].clone(), true)?;
                }
            }
            Step::OpenCases => {
                if view.back.is_some() {
                    self.send(Event::OpenHome, true)?;
                }
                if matches!(self.h.app.view().screen, Screen::Home { .. }) {
                    let cases = Event::Open {
                        destination: Destination::Cases,
                    };
                    self.send(cases, true)?;
                }
            }
            Step::TapDisabled(index) => {
                let disabled: Vec<Event> = view
                    .offers()
                    .into_iter()
                    .filter(|o| !o.enabled)
                    .map(|o| o.event.clone())
                    .collect();
                if !disabled.is_empty() {
                    self.send(disabled[index.index(disabled.len())].clone(), false)?;
                }
            }
            Step::Type { field, text, long } => {
                let fields: Vec<FieldId> = view.fields().iter().map(|f| f.id).collect();
                let id = if fields.is_empty() {
                    FieldId::Note
                } else {
                    fields[field.index(fields.len())]
                };
                let text = match long {
                    Some(n) => "x".repeat(*n),
                    None => TEXTS[text.index(TEXTS.len())].to_owned(),
                };
                self.send(
                    Event::Edit {
                        field: id,
                        text: text.into(),
                    },
                    false,
                )?;
            }
            Step::Replay(index) => {
                if !self.offered_before.is_empty() {
                    let event = self.offered_before[index.index(self.offered_before.len())].clone();
                    self.send(event, false)?;
                }
            }
            Step::Forged(index) => {
                self.send(forged(*index), false)?;
            }
            Step::Pin { right } => {
                if !matches!(view.screen, Screen::Pin { .. }) {
                    return Ok(());
                }
                // A wrong PIN only where the pad unlocks: a new PIN stays the known one.
                let pin = if !right && view.title == "Ontgrendelen" {
                    WRONG
                } else {
                    PIN
                };
                for digit in pin.bytes() {
                    self.send(
                        Event::PinDigit {
                            digit: digit - b'0',
                        },
                        false,
                    )?;
                }
                self.send(Event::PinSubmit, false)?;
            }
            Step::Phase(phase) => {
                self.send(Event::PhaseChanged { phase: *phase }, false)?;
            }
            Step::QuickExit => {
                self.send(Event::QuickExit, false)?;
            }
            Step::Heartbeat => {
                self.send(Event::Heartbeat, false)?;
            }
            Step::Wait { minutes } => {
                self.log.push(format!("{minutes} minutes pass"));
                self.h.clock.advance(Duration::minutes(*minutes));
            }
            Step::ClockBack { minutes } => {
                self.log
                    .push(format!("the wall clock is set {minutes} minutes back"));
                self.h.clock.jump(-Duration::minutes(*minutes));
            }
            Step::Reboot => {
                self.log.push("the phone restarts".into());
                self.h.clock.reboot();
            }
            Step::Restart => {
                self.log.push("the app starts again".into());
                let h = std::mem::replace(&mut self.h, AppHarness::builder().start());
                self.h = h.restart();
                self.text_opened = None;
            }
        }
        Ok(())
    }
}

#[test]
fn the_app_keeps_its_promises_whatever_is_sent() {
    let (cases, seed) = support::property::size_and_seed("SIGNALENKAART_APP_PROPTEST", CASES, SEED);
    println!(
        "app events: {cases} sequences of up to {STEPS} steps, seed {seed} \
         (SIGNALENKAART_APP_PROPTEST_SEED={seed} repeats it)"
    );
    let config =
        support::property::config(cases, seed, "tests/app_events.proptest-regressions", 500);
    let mut runner = TestRunner::new(config);
    let sequences = (start(), prop::collection::vec(step(), 1..STEPS));
    let result = runner.run(&sequences, |(start, steps)| {
        let mut run = Run::new(start);
        for step in &steps {
            run.apply(step)?;
        }
        Ok(())
    });
    println!(
        "app events: {cases} sequences, {} dispatches ({} refused, {} with the vault open)",
        STEPS_RUN.load(Ordering::Relaxed),
        REFUSED.load(Ordering::Relaxed),
        UNLOCKED_STEPS.load(Ordering::Relaxed),
    );
    if let Err(failure) = result {
        panic!("seed {seed}: {failure}");
    }
}
