//! What the user sees when the vault's own state goes wrong: a damaged vault is said on
//! the PIN pad before any PIN is typed, and cases expired by a doubtful clock are only
//! purged when the user agrees.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use signalenkaart_core::app::{App, AppConfig, Destination, Event, FieldId, Screen, ViewModel};
use signalenkaart_core::vault::{SoftwareKeyWrapper, testing};
use signalenkaart_core::{Language, ManualClock};

const PIN: &str = "246810";

struct Harness {
    app: App,
    clock: Arc<ManualClock>,
    root: std::path::PathBuf,
    _tmp: tempfile::TempDir,
}

fn app_at(root: &Path, clock: &Arc<ManualClock>) -> App {
    let keys = Arc::new(SoftwareKeyWrapper::new(&root.join("keys")).expect("keys"));
    let config = AppConfig {
        data_dir: root.join("data"),
        device_language: Language::Nl,
    };
    App::new(config, keys, clock.clone()).expect("app starts")
}

fn start() -> Harness {
    let tmp = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
            .single()
            .expect("time"),
    ));
    let root = tmp.path().to_owned();
    Harness {
        app: app_at(&root, &clock),
        clock,
        root,
        _tmp: tmp,
    }
}

impl Harness {
    fn pin(&mut self, pin: &str) -> ViewModel {
        for digit in pin.bytes() {
            self.app.dispatch(Event::PinDigit {
                digit: digit - b'0',
            });
        }
        self.app.dispatch(Event::PinSubmit).view
    }

    /// A vault with one case, locked.
    fn vault_with_a_case(&mut self) {
        self.app.dispatch(Event::Open {
            destination: Destination::Cases,
        });
        self.pin(PIN);
        self.pin(PIN);
        self.app.dispatch(Event::NewCase);
        self.app.dispatch(Event::Edit {
            field: FieldId::CaseLabel,
            text: "wijk Noord".into(),
        });
        let view = self.app.dispatch(Event::SubmitLabel).view;
        assert!(
            matches!(view.screen, Screen::Case { .. }),
            "{:?}",
            view.screen
        );
        self.app.dispatch(Event::LockNow);
    }

    fn restart(&mut self) {
        self.app = app_at(&self.root, &self.clock);
    }

    fn open_cases(&mut self) -> ViewModel {
        self.app
            .dispatch(Event::Open {
                destination: Destination::Cases,
            })
            .view
    }
}

fn case_count(view: &ViewModel) -> usize {
    match &view.screen {
        Screen::Cases { view } => view.items.len(),
        other => panic!("not the cases: {other:?}"),
    }
}

fn damage_both_slots(h: &Harness, damage: fn(&mut Vec<u8>)) {
    let vault = h.root.join("data/vault");
    for slot in testing::header_slots() {
        let path = vault.join(slot);
        let mut bytes = std::fs::read(&path).expect("slot");
        damage(&mut bytes);
        std::fs::write(&path, bytes).expect("damage");
    }
}

fn assert_damage_said(view: &ViewModel) {
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason on the pad");
    assert!(
        error.contains("beschadigd") && error.contains("Alles wissen"),
        "{error}"
    );
    assert!(!error.contains("Verkeerde pincode"), "{error}");
    assert!(pad.attempts.is_none(), "nothing counted");
    assert!(
        pad.keys.iter().all(|key| !key.enabled),
        "no PIN can help, so none can be typed and counted"
    );
}

#[test]
fn an_unreadable_header_is_said_before_any_pin() {
    let mut h = start();
    h.vault_with_a_case();
    damage_both_slots(&h, |bytes| bytes.truncate(bytes.len() / 2));
    h.restart();
    let view = h.open_cases();
    assert_damage_said(&view);
}

#[test]
fn an_edited_header_is_said_at_the_first_pin_never_as_a_wrong_one() {
    let mut h = start();
    h.vault_with_a_case();
    // Readable, but its MAC no longer holds: known once the platform key is used.
    damage_both_slots(&h, |bytes| {
        let text = String::from_utf8(bytes.clone()).expect("json");
        *bytes = text
            .replace("\"failed_attempts\": 0", "\"failed_attempts\": 9")
            .into_bytes();
    });
    h.restart();
    h.open_cases();
    let view = h.pin(PIN);
    assert_damage_said(&view);
    h.restart();
    let view = h.open_cases();
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    // After a restart the edited count is shown as read, until the next PIN says
    // damaged again; it was never counted or acted on.
    let view = h.pin(PIN);
    assert_damage_said(&view);
    assert!(pad.error.is_none());
}

#[test]
fn a_missing_database_is_said_after_the_right_pin_and_no_empty_vault_replaces_it() {
    let mut h = start();
    h.vault_with_a_case();
    std::fs::remove_file(h.root.join("data/vault/vault.db")).expect("rm");
    h.restart();
    h.open_cases();
    let view = h.pin(PIN);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason");
    assert!(error.contains("ontbreekt"), "{error}");
    assert!(!h.root.join("data/vault/vault.db").exists());
}

#[test]
fn a_damaged_database_says_that_retrying_cannot_help_and_keeps_the_file() {
    let mut h = start();
    h.vault_with_a_case();
    let db = h.root.join("data/vault/vault.db");
    let mut bytes = std::fs::read(&db).expect("db");
    for b in &mut bytes[100..200] {
        *b ^= 0x5a;
    }
    std::fs::write(&db, &bytes).expect("damage");
    h.restart();
    h.open_cases();
    let view = h.pin(PIN);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason");
    assert!(error.contains("Opnieuw proberen helpt niet"), "{error}");
    assert!(!error.contains("Verkeerde pincode"), "{error}");
    assert!(
        pad.attempts.is_none(),
        "the right PIN was not counted as wrong"
    );
    assert!(pad.keys.iter().all(|key| !key.enabled), "said, not retried");
    assert_eq!(std::fs::read(&db).expect("kept"), bytes);
}

#[test]
fn cases_expired_by_a_doubtful_clock_are_purged_only_when_the_user_agrees() {
    let mut h = start();
    h.vault_with_a_case();
    h.clock.jump(Duration::days(3650));
    h.open_cases();
    let view = h.pin(PIN);
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("asked first, got {:?}", view.screen)
    };
    assert_eq!(view.title, "1 casus is verlopen. Nu wissen?");
    assert!(confirm.text.contains("Is het nu echt"), "{}", confirm.text);
    assert_eq!(confirm.cancel.label, "Bewaren");
    assert_eq!(confirm.confirm.label, "Nu wissen");
    // Keep: the case stays, and the question comes again at the next unlock.
    let view = h.app.dispatch(Event::Cancel).view;
    assert_eq!(case_count(&view), 1);
    h.app.dispatch(Event::LockNow);
    h.open_cases();
    let view = h.pin(PIN);
    assert!(matches!(view.screen, Screen::Confirm { .. }));
    // Agree: purged, and said.
    let view = h.app.dispatch(Event::Confirm).view;
    assert_eq!(case_count(&view), 0);
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("1 verlopen casus is gewist.")
    );
}

#[test]
fn a_clock_set_back_purges_nothing_and_asks_nothing() {
    let mut h = start();
    h.vault_with_a_case();
    h.clock.jump(Duration::days(-3650));
    h.open_cases();
    let view = h.pin(PIN);
    assert_eq!(case_count(&view), 1);
    assert!(view.notice.is_none(), "{:?}", view.notice);
}
