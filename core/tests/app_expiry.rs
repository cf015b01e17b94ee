//! Automatic erasure said plainly: a case says it "wordt over N dagen automatisch
//! gewist", and the unlock in the week before a case goes names it (in discreet mode:
//! counts it) with one tap that keeps it. Attacks: a clock set forward, the edge of the
//! week, a case that runs out while the notice shows, the tap after a lock.

mod support;

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{Button, Destination, Event, NoticeKind, Screen, Update};

use support::app::{AppHarness, PIN};

/// The retention the tests set: 30 days after the last change.
const DAYS: i64 = 30;

/// A vault with a 30-day retention and a case per label, each made `gap` after the
/// one before (locked in between, as the idle lock would); locked afterwards. The ids,
/// in order.
fn cases(h: &mut AppHarness, labels: &[&str], gap: Duration) -> Vec<String> {
    h.create_vault();
    h.set(Event::SetRetentionDays { days: 30 });
    let ids = labels
        .iter()
        .map(|label| {
            let id = h.new_case(label);
            h.send(Event::LockNow);
            h.clock.advance(gap);
            unlock(h);
            id
        })
        .collect();
    h.send(Event::LockNow);
    ids
}

/// Unlocks from the case list, as a user coming back does.
fn unlock(h: &mut AppHarness) -> Update {
    h.go_to(Destination::Cases);
    h.pin(PIN)
}

/// The notice's keep button, if it offers one.
fn keep(update: &Update) -> Option<Button> {
    let notice = update.view.notice.as_ref()?;
    match &notice.action {
        Some(button) if matches!(button.event, Event::KeepCases { .. }) => Some(button.clone()),
        _ => None,
    }
}

fn notice_text(update: &Update) -> String {
    update
        .view
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// The detail of the case list's row for `label`.
fn row_detail(update: &Update, label: &str) -> String {
    let Screen::Cases { view } = &update.view.screen else {
        panic!("the case list, got {:?}", update.view.screen)
    };
    view.items
        .iter()
        .find(|row| row.label == label)
        .and_then(|row| row.detail.clone())
        .unwrap_or_else(|| panic!("{label} in the list"))
}

#[test]
fn a_case_says_it_will_be_erased_not_that_it_expires() {
    for (language, words) in [
        (Language::Nl, "Wordt over 30 dagen automatisch gewist"),
        (Language::En, "Erased automatically in 30 days"),
    ] {
        let mut h = AppHarness::builder().language(language).start();
        h.create_vault();
        h.set(Event::SetRetentionDays { days: 30 });
        h.new_case("gezin A");
        // A minute later: 29 whole days and some hours are left.
        h.clock.advance(Duration::minutes(1));
        let update = h.go_to(Destination::Cases);
        let detail = row_detail(&update, "gezin A");
        assert!(
            detail.contains(&words.replace("30", "29")),
            "{language:?}: {detail}"
        );
        assert!(!detail.contains("Verloopt") && !detail.contains("Expires"));
    }
}

#[test]
fn the_unlock_in_the_week_before_names_the_case_and_one_tap_keeps_it() {
    let mut h = AppHarness::start();
    // A now, B five days later.
    let ids = cases(&mut h, &["gezin A", "gezin B"], Duration::days(5));
    // Ten days have passed: move on so that A has 6 days and 23 hours left, B 11 days
    // and 23 hours.
    h.clock
        .advance(Duration::days(DAYS - 17) + Duration::hours(1));
    let update = unlock(&mut h);
    let text = notice_text(&update);
    assert!(
        text.contains("gezin A") && text.contains("automatisch gewist"),
        "{text}"
    );
    assert!(!text.contains("gezin B"), "{text}");
    let button = keep(&update).expect("a keep button");
    assert_eq!(button.label, "Bewaren");
    assert_eq!(
        button.event,
        Event::KeepCases {
            case_ids: vec![ids[0].clone()]
        }
    );
    let kept = h.send(button.event);
    let notice = kept.view.notice.as_ref().expect("a confirmation");
    assert_eq!(notice.kind, NoticeKind::Confirmation);
    assert_eq!(
        notice.text,
        "Bewaard. De casus wordt nu over 30 dagen automatisch gewist."
    );
    // The list says so too, and the next unlock a week on names nothing.
    let list = h.go_to(Destination::Cases);
    assert!(row_detail(&list, "gezin A").contains("over 30 dagen"));
    h.send(Event::LockNow);
    h.clock.advance(Duration::days(7));
    let later = unlock(&mut h);
    let again = notice_text(&later);
    assert!(!again.contains("gezin A"), "{again}");
    assert!(
        again.contains("gezin B"),
        "B is within the week now: {again}"
    );
}

#[test]
fn the_edge_of_the_week_is_exact_to_the_second() {
    let mut h = AppHarness::start();
    // A a second before B.
    cases(&mut h, &["gezin A", "gezin B"], Duration::seconds(1));
    // Since A was made, two seconds have passed (B plus the lock): move on so that A
    // has exactly 7 days left and B 7 days and a second.
    h.clock
        .advance(Duration::days(DAYS - 7) - Duration::seconds(2));
    let update = unlock(&mut h);
    let text = notice_text(&update);
    assert!(text.contains("gezin A"), "exactly 7 days: {text}");
    assert!(!text.contains("gezin B"), "7 days and a second: {text}");
}

#[test]
fn a_clock_set_forward_eight_days_announces_nothing() {
    let mut h = AppHarness::start();
    cases(&mut h, &["gezin A"], Duration::zero());
    // 15 days really pass (15 left), then the clock is set 8 days ahead: by it, 7 left.
    h.clock.advance(Duration::days(15));
    h.clock.jump(Duration::days(8));
    let update = unlock(&mut h);
    assert!(keep(&update).is_none(), "{:?}", update.view.notice);
    assert!(!notice_text(&update).contains("gezin A"));
}

#[test]
fn a_case_that_runs_out_while_the_notice_shows_is_still_kept_by_the_tap() {
    let mut h = AppHarness::start();
    cases(&mut h, &["gezin A"], Duration::zero());
    // A minute left when the notice appears; the tap comes two minutes later.
    h.clock.advance(Duration::days(DAYS) - Duration::minutes(1));
    let update = unlock(&mut h);
    let button = keep(&update).expect("a keep button");
    h.clock.advance(Duration::minutes(2));
    let kept = h.send(button.event);
    assert_eq!(
        notice_text(&kept),
        "Bewaard. De casus wordt nu over 30 dagen automatisch gewist."
    );
    // Nothing was purged at the next unlock: it was kept, a full period on.
    h.send(Event::LockNow);
    h.clock.advance(Duration::days(1));
    let later = unlock(&mut h);
    assert!(row_detail(&later, "gezin A").contains("over 29 dagen"));
}

#[test]
fn the_keep_tap_after_the_vault_locked_keeps_nothing() {
    let mut h = AppHarness::start();
    cases(&mut h, &["gezin A"], Duration::zero());
    h.clock.advance(Duration::days(DAYS - 3));
    let update = unlock(&mut h);
    let button = keep(&update).expect("a keep button");
    h.send(Event::LockNow);
    let late = h.send(button.event);
    let notice = late.view.notice.as_ref().expect("refused");
    assert_eq!(notice.kind, NoticeKind::Error);
    // Unlocked again: still 3 days, still named.
    let again = unlock(&mut h);
    assert!(notice_text(&again).contains("gezin A"));
    assert!(row_detail(&again, "gezin A").contains("over 3 dagen"));
}

#[test]
fn in_discreet_mode_the_notice_counts_and_the_list_names() {
    for (language, words) in [
        (
            Language::Nl,
            "2 casussen worden binnen 7 dagen automatisch gewist",
        ),
        (
            Language::En,
            "2 cases will be erased automatically within 7 days",
        ),
    ] {
        let mut h = AppHarness::builder().language(language).start();
        cases(&mut h, &["gezin A", "gezin B"], Duration::hours(1));
        h.set(Event::SetDiscreet { enabled: true });
        h.clock.advance(Duration::days(DAYS - 5));
        let update = unlock(&mut h);
        let text = notice_text(&update);
        assert!(text.contains(words), "{language:?}: {text}");
        assert!(!text.contains("gezin"), "no label in the notice: {text}");
        let button = keep(&update).expect("a keep button");
        assert!(!button.accessibility_label.contains("gezin"));
        // The list, where a label may show, says which.
        assert!(
            row_detail(&update, "gezin A").contains(if language == Language::Nl {
                "over 4 dagen"
            } else {
                "in 4 days"
            })
        );
    }
}
