//! A note being written survives every lock whatever its length (saved as several
//! notes, said after the unlock), and damaged preferences start the app discreet,
//! driven like a shell drives it.

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{Destination, Effect, Event, FieldId, NoticeKind, Phase, Screen};
use signalenkaart_core::vault::MAX_NOTE_CHARS;
use support::app::{self, AppHarness, PIN};

mod support;

/// The case's notes, as the case lists them (newest first), each read in full in its
/// editor.
fn notes(h: &mut AppHarness, case_id: &str) -> Vec<String> {
    let update = h.send(Event::OpenCase {
        case_id: case_id.to_owned(),
    });
    let Screen::Case { view: case } = update.view.screen else {
        panic!("the case, got {:?}", update.view.screen)
    };
    let mut bodies = Vec::new();
    for row in case.notes {
        let update = h.send(row.event);
        let Screen::NoteEditor { view: editor } = update.view.screen else {
            panic!("the note's editor, got {:?}", update.view.screen)
        };
        bodies.push(editor.field.text.as_str().to_owned());
        h.send(Event::Back);
    }
    bodies
}

/// The longest draft the note editor takes (twice a note), without a space, with
/// emoji of several kinds wherever a note could end; and the byte offsets where a whole
/// character (a cluster) starts.
fn longest_draft() -> (String, Vec<usize>) {
    let clusters = [
        "👩\u{200D}👧",
        "🇳🇱",
        "e\u{301}",
        "❤\u{FE0F}",
        "👍\u{1F3FD}",
        "x",
    ];
    let mut text = String::new();
    let mut starts = vec![0];
    for cluster in clusters.iter().cycle() {
        if text.chars().count() + cluster.chars().count() > 2 * MAX_NOTE_CHARS {
            break;
        }
        text.push_str(cluster);
        starts.push(text.len());
    }
    while text.chars().count() < 2 * MAX_NOTE_CHARS {
        text.push('x');
        starts.push(text.len());
    }
    (text, starts)
}

/// Locks the open vault the way `how` says and comes back to the PIN pad.
fn lock_by(h: &mut AppHarness, how: &str) {
    let update = match how {
        "background" => h.send(Event::PhaseChanged {
            phase: Phase::Background,
        }),
        "quick exit" => {
            let update = h.send(Event::QuickExit);
            assert!(matches!(update.view.screen, Screen::Neutral { .. }));
            assert_eq!(update.effects, [Effect::Locked, Effect::HideApp]);
            h.send(Event::LeaveNeutral);
            h.go_to(Destination::Cases)
        }
        _ => {
            h.clock.advance(Duration::minutes(5));
            h.send(Event::Heartbeat)
        }
    };
    assert!(
        matches!(update.view.screen, Screen::Pin { .. }),
        "{how}: {:?}",
        update.view.screen
    );
    assert!(update.view.lock.is_none(), "{how}: locked");
    assert!(
        update.view.notice.is_none(),
        "{how}: nothing said while locked"
    );
}

#[test]
fn the_longest_draft_survives_background_quick_exit_and_auto_lock_as_several_notes() {
    let (draft, starts) = longest_draft();
    assert_eq!(draft.chars().count(), 2 * MAX_NOTE_CHARS);
    for how in ["background", "quick exit", "heartbeat"] {
        let mut h = AppHarness::start();
        h.create_vault();
        let case_id = h.new_case("gezin B.");
        h.send(Event::NewNote {
            case_id: case_id.clone(),
        });
        let typed = h.send(Event::Edit {
            field: FieldId::Note,
            text: draft.clone().into(),
        });
        assert!(typed.view.notice.is_none(), "{how}: the editor takes it");
        lock_by(&mut h, how);

        let unlocked = h.pin(PIN);
        let notice = unlocked
            .view
            .notice
            .expect("the unlock says what became of it");
        assert_eq!(notice.kind, NoticeKind::Confirmation);
        let notes = notes(&mut h, &case_id);
        assert!(notes.len() >= 2, "{how}: {} notes", notes.len());
        assert_eq!(
            notice.text,
            format!(
                "Uw notitie was te lang voor één notitie en is bewaard als {} notities.",
                notes.len()
            ),
            "{how}"
        );
        assert_eq!(notes.concat(), draft, "{how}: every character, in order");
        let mut at = 0;
        for note in &notes {
            assert!(
                starts.contains(&at),
                "{how}: a note starts inside an emoji at byte {at}"
            );
            assert!(note.chars().count() <= MAX_NOTE_CHARS, "{how}");
            at += note.len();
        }

        // Said once: the next lock and unlock say nothing.
        h.send(Event::LockNow);
        h.go_to(Destination::Cases);
        assert!(h.pin(PIN).view.notice.is_none(), "{how}");
    }
}

#[test]
fn a_long_text_with_words_is_split_before_a_word_and_kept_in_english_too() {
    let paragraph = "Zoon brengt 's nachts pakketjes rond 👍🏽 en heeft nieuwe schoenen.\n";
    let draft = paragraph.repeat(2 * MAX_NOTE_CHARS / paragraph.chars().count());
    let mut h = AppHarness::builder().language(Language::En).start();
    h.create_vault();
    let case_id = h.new_case("gezin B.");
    h.send(Event::NewNote {
        case_id: case_id.clone(),
    });
    h.send(Event::Edit {
        field: FieldId::Note,
        text: draft.clone().into(),
    });
    lock_by(&mut h, "background");
    let notice = h.pin(PIN).view.notice.expect("a notice").text;
    let notes = notes(&mut h, &case_id);
    assert_eq!(
        notice,
        format!(
            "Your note was too long for one note and has been saved as {} notes.",
            notes.len()
        )
    );
    let mut rest = draft.as_str();
    for note in &notes {
        assert!(
            note.ends_with("schoenen."),
            "split at a line break, after a whole line"
        );
        rest = rest
            .trim_start()
            .strip_prefix(note.as_str())
            .expect("the notes hold the draft in order");
    }
    assert!(
        rest.trim().is_empty(),
        "nothing left out but the line breaks"
    );
}

#[test]
fn an_edited_note_that_grew_too_long_keeps_its_first_part_and_gains_the_rest() {
    let (draft, _) = longest_draft();
    let mut h = AppHarness::start();
    h.create_vault();
    let case_id = h.new_case("gezin B.");
    h.send(Event::NewNote {
        case_id: case_id.clone(),
    });
    h.send(Event::Edit {
        field: FieldId::Note,
        text: "kort".into(),
    });
    h.send(Event::SaveNote);
    let update = h.send(Event::OpenCase {
        case_id: case_id.clone(),
    });
    let Screen::Case { view: case } = update.view.screen else {
        panic!("case")
    };
    h.send(case.notes[0].event.clone());
    h.send(Event::Edit {
        field: FieldId::Note,
        text: draft.clone().into(),
    });
    lock_by(&mut h, "quick exit");
    h.pin(PIN);
    let notes = notes(&mut h, &case_id);
    // Newest first: the added parts in reading order, then the note that was edited,
    // which kept its place.
    let (edited, added) = notes.split_last().expect("notes");
    assert_eq!(format!("{edited}{}", added.concat()), draft);
}

/// How the preferences file is found at start.
enum Found {
    Missing,
    Bytes(Vec<u8>),
    Directory,
}

/// The file an app writes, in Dutch, discreet mode off, auto-lock 5 minutes.
fn valid_file() -> Vec<u8> {
    let mut h = AppHarness::start();
    let update = h.set(Event::SetLanguage {
        language: Language::Nl,
    });
    assert!(update.view.notice.is_none(), "saved");
    std::fs::read(h.prefs_file()).expect("written")
}

#[test]
fn damaged_preferences_start_discreet_in_the_device_language_and_say_so_once() {
    let valid = valid_file();
    let truncated = valid[..valid.len() / 2].to_vec();
    // One bit turns auto-lock 5 into 1: still valid JSON and a value offered; only the
    // checksum can tell.
    let mut flipped = valid.clone();
    let five = String::from_utf8_lossy(&valid)
        .find("\"auto_lock_minutes\": 5")
        .expect("the auto-lock field")
        + "\"auto_lock_minutes\": ".len();
    flipped[five] ^= 0b100;
    assert_eq!(flipped[five], b'1');
    assert!(serde_json::from_slice::<serde_json::Value>(&flipped).is_ok());
    let out_of_range =
        br#"{"language":"nl","discreet":false,"auto_lock_minutes":7,"coordinator":null}"#;
    let unknown_language =
        br#"{"language":"de","discreet":false,"auto_lock_minutes":5,"coordinator":null}"#;

    // (case, file, damaged, language when damaged or not)
    let cases: Vec<(&str, Found, bool, Language)> = vec![
        ("missing", Found::Missing, false, Language::En),
        ("valid", Found::Bytes(valid.clone()), false, Language::Nl),
        ("empty", Found::Bytes(Vec::new()), true, Language::En),
        ("truncated", Found::Bytes(truncated), true, Language::En),
        ("one bit flipped", Found::Bytes(flipped), true, Language::En),
        (
            "auto-lock out of range",
            Found::Bytes(out_of_range.to_vec()),
            true,
            Language::En,
        ),
        (
            "unknown language",
            Found::Bytes(unknown_language.to_vec()),
            true,
            Language::En,
        ),
        ("a directory", Found::Directory, true, Language::En),
    ];
    for (name, found, damaged, language) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = app::prefs_file(dir.path());
        std::fs::create_dir_all(app::data_dir(dir.path())).expect("data dir");
        match &found {
            Found::Missing => {}
            Found::Bytes(bytes) => std::fs::write(&file, bytes).expect("write"),
            Found::Directory => std::fs::create_dir(&file).expect("directory"),
        }
        // The device speaks English: a damaged file's language is not trusted.
        let mut h = AppHarness::builder()
            .language(Language::En)
            .dir(dir)
            .start();

        let view = h.app.view();
        assert_eq!(view.discreet, damaged, "{name}: discreet");
        assert_eq!(view.language, language, "{name}: language");
        let notice = view.notice.as_ref().map(|n| (n.kind, n.text.as_str()));
        let expected = damaged.then_some((
            NoticeKind::Error,
            "The preferences could not be read. Discreet mode is on and the language \
             is the phone's; please check your settings.",
        ));
        assert_eq!(notice, expected, "{name}: notice");
        assert!(matches!(view.screen, Screen::Home { .. }), "{name}");

        // The shells learn of it with their first event (the phase at start), once.
        let first = h.send(Event::PhaseChanged {
            phase: Phase::Active,
        });
        let launcher = damaged.then_some(Effect::SetLauncherDiscreet { discreet: true });
        assert_eq!(first.effects, Vec::from_iter(launcher), "{name}: effects");
        assert!(
            first.view.notice.is_some() == damaged,
            "{name}: the notice stays until the user acts"
        );
        assert!(
            h.send(Event::Heartbeat).effects.is_empty(),
            "{name}: told once"
        );
        let tapped = h.go_to(Destination::Signals);
        assert!(tapped.view.notice.is_none(), "{name}: answered by a tap");
        assert_eq!(tapped.view.discreet, damaged, "{name}");

        // Nothing erased: the damaged file is as it was.
        let file = h.prefs_file();
        match found {
            Found::Missing => assert!(!file.exists(), "{name}: nothing written"),
            Found::Bytes(bytes) => {
                assert_eq!(std::fs::read(&file).expect("kept"), bytes, "{name}");
            }
            Found::Directory => assert!(file.is_dir(), "{name}"),
        }
    }
}

#[test]
fn the_damage_notice_in_dutch_gives_nothing_away() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(app::data_dir(dir.path())).expect("data dir");
    std::fs::write(app::prefs_file(dir.path()), b"{\"language\":\"en\",\"disc").expect("write");
    let h = AppHarness::builder()
        .language(Language::Nl)
        .dir(dir)
        .start();
    let view = h.app.view();
    assert!(view.discreet);
    assert_eq!(view.language, Language::Nl);
    let text = view.notice.expect("notice").text;
    assert_eq!(
        text,
        "De voorkeuren konden niet worden gelezen. De discrete modus staat aan en de taal \
         is die van de telefoon; kijk uw instellingen na."
    );
    let lower = text.to_lowercase();
    for word in [
        "uitbuit",
        "mensenhandel",
        "slachtoffer",
        "dader",
        "signalenkaart",
    ] {
        assert!(!lower.contains(word), "{word}");
    }
}

#[test]
fn saving_a_preference_replaces_the_damaged_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(app::data_dir(dir.path())).expect("data dir");
    std::fs::write(app::prefs_file(dir.path()), b"{\"language\":\"nl\",\"disc").expect("write");
    let mut h = AppHarness::builder()
        .language(Language::En)
        .dir(dir)
        .start();
    let update = h.set(Event::SetAutoLockMinutes { minutes: 2 });
    assert!(update.view.notice.is_none(), "saved");

    // Started again: read as saved, discreet still on, nothing more to say.
    let again = AppHarness::builder()
        .language(Language::Nl)
        .dir(h.into_dir())
        .start();
    let view = again.app.view();
    assert!(view.notice.is_none());
    assert!(view.discreet, "the safe choice was saved with it");
    assert_eq!(view.language, Language::En, "the language as saved");
    assert_eq!(again.app.look(), (Language::En, true));
}
