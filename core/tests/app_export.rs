//! The export as a dossier entry: built from a case as the user records it (signals,
//! the step log, the afwegingskader, notes of every kind), read aloud for broken
//! punctuation, in both languages; the share sheet's visible part neutral in discreet
//! mode.

use std::cell::RefCell;

use chrono::Duration;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Effect, Event, FieldId, NoteKindChoice, Screen, StepChoice,
};
use support::app::AppHarness;
use support::property::{config, size_and_seed};
use support::words::revealing_words;

mod support;

/// What the share sheet shows of the text: its first lines.
const VISIBLE_LINES: usize = 3;

/// The marks a sentence is punctuated with.
const MARKS: [char; 6] = ['.', ',', ':', ';', '!', '?'];

/// Reads `text` aloud, line by line, and says what sounds broken: doubled punctuation
/// ("..", ".:"), punctuation after a space (" ,"), a line starting with punctuation or
/// a space (Fluent's lost indent), a doubled or trailing space, and an empty heading (a
/// line ending in a colon with nothing under it).
fn broken_punctuation(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let mut say = |what: &str| found.push(format!("{what}: {line:?}"));
        let Some(first) = line.chars().next() else {
            continue;
        };
        if first.is_whitespace() || MARKS.contains(&first) {
            say("starts with a space or a mark");
        }
        if line.ends_with(char::is_whitespace) {
            say("ends with a space");
        }
        if line.contains("  ") {
            say("a doubled space");
        }
        let chars: Vec<char> = line.chars().collect();
        for pair in chars.windows(2) {
            if MARKS.contains(&pair[0]) && MARKS.contains(&pair[1]) {
                say("doubled punctuation");
            }
            if pair[0].is_whitespace() && MARKS.contains(&pair[1]) {
                say("a mark after a space");
            }
        }
        let next = lines.get(i + 1).copied().unwrap_or_default();
        if line.ends_with(':') && next.trim().is_empty() {
            say("an empty heading");
        }
    }
    found
}

#[test]
fn the_reader_hears_each_kind_of_broken_punctuation() {
    for broken in [
        "Stap 2. Overleg met een collega. Volg interne procedures.: Bezig",
        "Volgens de meldcode: Melden bij Veilig Thuis..",
        "Geraadpleegd: Veilig Thuis , Politie",
        "Opmerking:\n    bij de voordeur",
        "\nWaargenomen signalen (0):\n\nMeldcode:",
        ": Bezig",
        "- 28-11-2026 14:05  Heeft onverklaarbare schulden",
    ] {
        assert!(
            !broken_punctuation(broken).is_empty(),
            "not heard: {broken:?}"
        );
    }
    assert_eq!(
        broken_punctuation("Casus: gezin B.\n\nStappen:\nStap 1. Breng signalen in kaart: Bezig"),
        Vec::<String>::new()
    );
}

/// A case as a professional records it; what the user types comes from `typed`.
#[derive(Debug, Clone)]
struct Record {
    signals: Vec<(&'static str, Option<String>)>,
    consulted: Vec<&'static str>,
    advice: Option<String>,
    reported: bool,
    steps: Vec<(u8, StepChoice)>,
    answers: Vec<Option<bool>>,
    notes: Vec<(NoteKindChoice, String)>,
}

fn full_record() -> Record {
    Record {
        signals: vec![
            ("unexplained_debts", Some("zegt 'geld voor oom'".into())),
            ("many_new_contacts", None),
        ],
        consulted: vec!["zorgcoordinator", "veilig_thuis"],
        advice: Some("eerst een gesprek met de huisarts plannen".into()),
        reported: true,
        steps: vec![(1, StepChoice::Done)],
        answers: vec![Some(true), Some(false), Some(true)],
        notes: vec![
            (
                NoteKindChoice::Fact,
                "Huur is drie maanden achterstallig.".into(),
            ),
            (
                NoteKindChoice::Circumstance,
                "Sinds de zomer woont een neef in.".into(),
            ),
            (
                NoteKindChoice::Observation,
                "Zoon brengt 's nachts pakketjes rond.\nNieuwe schoenen.".into(),
            ),
            (
                NoteKindChoice::Interpretation,
                "Lijkt onder druk te staan.".into(),
            ),
            (NoteKindChoice::Source, "Buurvrouw, 2 december.".into()),
            (NoteKindChoice::Unsaid, "Terugbellen na het weekend.".into()),
        ],
    }
}

/// Records `record` in a new case through the screens, and shares it with its notes;
/// the subject and text of the share.
fn record_and_share(h: &mut AppHarness, label: &str, record: &Record) -> (String, String) {
    let id = h.new_case(label);
    let case = || id.clone();
    h.send(Event::OpenCaseSignals { case_id: case() });
    for (signal, remark) in &record.signals {
        h.send(Event::ToggleSignal {
            case_id: Some(case()),
            signal_id: (*signal).into(),
        });
        if let Some(remark) = remark {
            h.send(Event::EditRemark {
                case_id: case(),
                signal_id: (*signal).into(),
            });
            h.edit(FieldId::Remark, remark);
            h.send(Event::SaveSignalDetail);
        }
    }
    h.send(Event::Back);
    h.send(Event::OpenCaseSteps { case_id: case() });
    for (step, status) in &record.steps {
        h.send(Event::SetStepStatus {
            case_id: case(),
            step: *step,
            status: *status,
        });
    }
    for expert in &record.consulted {
        h.send(Event::ToggleConsulted {
            case_id: case(),
            step: 2,
            expert_id: (*expert).into(),
        });
    }
    if let Some(advice) = &record.advice {
        h.send(Event::EditAdvice {
            case_id: case(),
            step: 2,
        });
        h.edit(FieldId::Advice, advice);
        h.send(Event::SubmitLabel);
    }
    if record.reported {
        h.send(Event::ToggleConsulted {
            case_id: case(),
            step: 5,
            expert_id: "veilig_thuis".into(),
        });
    }
    h.send(Event::OpenCaseAfweging { case_id: case() });
    for (question, answer) in (1u8..).zip(&record.answers) {
        h.send(Event::Answer {
            case_id: case(),
            question,
            answer: answer.map(|yes| {
                if yes {
                    AnswerChoice::Yes
                } else {
                    AnswerChoice::No
                }
            }),
        });
    }
    h.send(Event::Back);
    h.send(Event::Back);
    for (kind, text) in &record.notes {
        h.send(Event::NewNote { case_id: case() });
        h.edit(FieldId::Note, text);
        h.send(Event::SetNoteKind { kind: *kind });
        h.send(Event::SaveNote);
    }
    let view = h.send(Event::ExportCase { case_id: case() }).view;
    let Screen::Confirm { view: confirm } = view.screen else {
        panic!("the export's question, got {:?}", view.screen)
    };
    let with_notes = confirm.option.expect("the notes option").event;
    let mut effects = Vec::new();
    if !record.notes.is_empty() {
        h.send(with_notes);
        h.send(Event::Confirm);
    }
    effects.extend(h.send(Event::Confirm).effects);
    let shared = effects.into_iter().find_map(|e| match e {
        Effect::Share { subject, text } => {
            Some((subject.as_str().to_owned(), text.as_str().to_owned()))
        }
        _ => None,
    });
    shared.expect("shared")
}

fn harness(language: Language) -> AppHarness {
    let mut h = AppHarness::builder()
        .language(language)
        .step(Duration::minutes(1))
        .start();
    h.create_vault();
    h
}

#[test]
fn the_export_reads_as_a_dossier_entry_in_both_languages() {
    for language in [Language::Nl, Language::En] {
        let mut h = harness(language);
        let (subject, text) = record_and_share(&mut h, "gezin B.", &full_record());
        assert_eq!(broken_punctuation(&text), Vec::<String>::new(), "{text}");
        let name = format!("export_dossier_entry_{language:?}").to_lowercase();
        insta::assert_snapshot!(name, format!("{subject}\n\n{text}"));
    }
}

#[test]
fn notes_are_grouped_by_kind_and_the_lines_of_a_note_stay_together() {
    let mut h = harness(Language::Nl);
    let (_, text) = record_and_share(&mut h, "gezin B.", &full_record());
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing in\n{text}"))
    };
    let order = [
        "Feiten:",
        "Huur is drie maanden",
        "Omstandigheden en gebeurtenissen:",
        "Sinds de zomer",
        "Waarnemingen:",
        "Zoon brengt 's nachts pakketjes rond.\nNieuwe schoenen.",
        "Interpretaties:",
        "Lijkt onder druk",
        "Bronnen:",
        "Buurvrouw",
        "Soort niet aangegeven:",
        "Terugbellen",
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "{pair:?} out of order in\n{text}"
        );
    }
    // A signal's time and remark follow it, with no line between.
    assert!(
        text.contains(
            "Heeft onverklaarbare schulden\nWaargenomen: 28-11-2026 13:20\nOpmerking: zegt 'geld voor oom'"
        ),
        "{text}"
    );
    assert!(text.contains("Gemeld bij Veilig Thuis ("), "{text}");
    // The last change is the last note's, not the case's screen as it was loaded.
    let last_note = "Notitie van 28-11-2026 14:03";
    assert!(text.contains(last_note), "{text}");
    assert!(
        text.contains("Laatst gewijzigd: 28-11-2026 14:03"),
        "{text}"
    );
}

#[test]
fn in_discreet_mode_the_share_sheet_shows_nothing_revealing_in_either_language() {
    for language in [Language::Nl, Language::En] {
        for discreet in [false, true] {
            let mut h = harness(language);
            h.set(Event::SetDiscreet { enabled: discreet });
            h.go_to(Destination::Cases);
            let (subject, text) = record_and_share(&mut h, "gezin B.", &full_record());
            let visible: Vec<&str> = std::iter::once(subject.as_str())
                .chain(text.lines().take(VISIBLE_LINES))
                .collect();
            let words: Vec<&str> = visible
                .iter()
                .flat_map(|line| revealing_words(line))
                .collect();
            if discreet {
                assert_eq!(words, Vec::<&str>::new(), "{language:?}: {visible:?}");
                assert!(
                    !visible.iter().any(|line| line.contains("gezin B.")),
                    "the case's name stays on its own screen: {visible:?}"
                );
            } else {
                // The test sees a revealing title where discreet mode is off.
                assert!(!words.is_empty(), "{language:?}: {visible:?}");
            }
        }
    }
}

/// Words a user types: letters and digits, a few to a line.
fn typed() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9éë']{1,9}( [a-zA-Z0-9éë']{1,9}){0,5}"
}

fn record() -> impl Strategy<Value = Record> {
    let signals = proptest::sample::subsequence(
        vec![
            "unexplained_debts",
            "many_new_contacts",
            "withdraws",
            "unequal_relationship",
        ],
        0..=4,
    );
    let experts = proptest::sample::subsequence(
        vec![
            "zorgcoordinator",
            "sterk_huis",
            "veilig_thuis",
            "politie_avim",
        ],
        0..=4,
    );
    let status = prop_oneof![
        Just(StepChoice::NotStarted),
        Just(StepChoice::InProgress),
        Just(StepChoice::Done),
    ];
    let kind = prop_oneof![
        Just(NoteKindChoice::Unsaid),
        Just(NoteKindChoice::Fact),
        Just(NoteKindChoice::Circumstance),
        Just(NoteKindChoice::Observation),
        Just(NoteKindChoice::Interpretation),
        Just(NoteKindChoice::Source),
    ];
    (
        (
            signals,
            proptest::collection::vec(proptest::option::of(typed()), 4),
        ),
        experts,
        proptest::option::of(typed()),
        any::<bool>(),
        proptest::collection::vec((1u8..=5, status), 0..4),
        proptest::collection::vec(proptest::option::of(any::<bool>()), 0..=5),
        proptest::collection::vec((kind, typed()), 0..4),
    )
        .prop_map(
            |((signals, remarks), consulted, advice, reported, steps, answers, notes)| Record {
                signals: signals.into_iter().zip(remarks).collect(),
                consulted,
                advice,
                reported,
                steps,
                answers,
                notes,
            },
        )
}

#[test]
fn exports_of_random_cases_read_without_broken_punctuation() {
    let (cases, seed) = size_and_seed("EXPORT", 24, 21);
    for language in [Language::Nl, Language::En] {
        // One vault for every case: making a vault is the slow part.
        let h = RefCell::new(harness(language));
        let mut runner = TestRunner::new(config(
            cases,
            seed,
            "tests/app_export.proptest-regressions",
            64,
        ));
        runner
            .run(&(record(), "[A-Z]"), |(record, initial)| {
                let label = format!("gezin {initial}.");
                let (_, text) = record_and_share(&mut h.borrow_mut(), &label, &record);
                let broken = broken_punctuation(&text);
                prop_assert!(broken.is_empty(), "{:?} in\n{}", broken, text);
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{language:?}: {failure}"));
    }
}

#[test]
fn a_half_typed_advice_survives_a_lock_and_a_changed_one_is_asked_about() {
    let mut h = harness(Language::Nl);
    let id = h.new_case("gezin B.");
    h.send(Event::OpenCaseSteps {
        case_id: id.clone(),
    });
    h.send(Event::EditAdvice {
        case_id: id.clone(),
        step: 2,
    });
    h.edit(FieldId::Advice, "eerst de huis");
    // The idle lock while typing: the unlock reopens the editor with the text.
    h.clock.advance(Duration::minutes(6));
    let view = h.send(Event::Heartbeat).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "{:?}",
        view.screen
    );
    let view = h.pin(support::app::PIN).view;
    let Screen::Label { view: editor } = &view.screen else {
        panic!("the advice editor again, got {:?}", view.screen)
    };
    assert_eq!(editor.field.id, FieldId::Advice);
    assert_eq!(editor.field.text.as_str(), "eerst de huis");
    assert!(editor.field.sensitive);
    // Leaving with the text unsaved asks first.
    let view = h.send(Event::Back).view;
    assert!(matches!(view.screen, Screen::Confirm { .. }), "asked first");
    h.send(Event::Cancel);
    h.edit(FieldId::Advice, "eerst de huisarts bellen");
    h.send(Event::SubmitLabel);
    // Saved: the case's steps show it (after a lock, back from an editor leads where
    // the unlock was heading, as for a remark).
    h.go_to(Destination::Cases);
    h.send(Event::OpenCase {
        case_id: id.clone(),
    });
    let view = h
        .send(Event::OpenCaseSteps {
            case_id: id.clone(),
        })
        .view;
    let Screen::Meldcode { view: steps } = &view.screen else {
        panic!("the steps, got {:?}", view.screen)
    };
    assert_eq!(
        steps.steps[1].log.last().map(String::as_str),
        Some("Advies: eerst de huisarts bellen")
    );
}

#[test]
fn a_note_being_written_keeps_its_kind_when_a_lock_saves_it() {
    let mut h = harness(Language::Nl);
    let id = h.new_case("gezin B.");
    h.send(Event::NewNote {
        case_id: id.clone(),
    });
    h.edit(FieldId::Note, "Buurvrouw belde.");
    h.send(Event::SetNoteKind {
        kind: NoteKindChoice::Source,
    });
    h.send(Event::LockNow);
    h.go_to(Destination::Cases);
    h.pin(support::app::PIN);
    let view = h
        .send(Event::OpenCase {
            case_id: id.clone(),
        })
        .view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("the case, got {:?}", view.screen)
    };
    let view = h.send(case.notes[0].event.clone()).view;
    let Screen::NoteEditor { view: editor } = &view.screen else {
        panic!("the note, got {:?}", view.screen)
    };
    assert_eq!(editor.field.text.as_str(), "Buurvrouw belde.");
    let chosen: Vec<&str> = editor
        .kind
        .options
        .iter()
        .filter(|o| o.selected)
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(chosen, ["Bron"]);
}
