//! Casework rules: signals, steps, afwegingskader answers and guidance.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use signalenkaart_core::casework::{
    Answer, Case, CaseLabel, CaseworkError, Guidance, MAX_REMARK_CHARS, SignalToggle, StepStatus,
};
use signalenkaart_core::content::OutcomeKind;
use signalenkaart_core::{Content, Language};

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
        .single()
        .expect("valid time")
        + Duration::minutes(minutes)
}

fn new_case() -> Case {
    Case::new(CaseLabel::new("gezin B.").expect("valid label"), at(0))
}

#[test]
fn ticking_records_the_time_and_unticking_removes_the_signal() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.toggle_signal(&content, "unexplained_debts", at(5)),
        Ok(SignalToggle::Ticked)
    );
    assert_eq!(case.signals["unexplained_debts"].observed_at, at(5));
    assert_eq!(case.updated_at, at(5));
    assert_eq!(
        case.toggle_signal(&content, "unexplained_debts", at(6)),
        Ok(SignalToggle::Unticked)
    );
    assert!(case.signals.is_empty());
}

#[test]
fn toggling_twice_restores_the_observation_with_its_time_and_remark() {
    let content = content();
    let mut case = new_case();
    case.toggle_signal(&content, "physical_injury", at(1))
        .expect("known signal");
    case.set_signal_remark("physical_injury", Some("blauwe plek arm"), at(2))
        .expect("observed");
    let before = case.signals.clone();
    case.toggle_signal(&content, "physical_injury", at(3))
        .expect("known signal");
    case.toggle_signal(&content, "physical_injury", at(4))
        .expect("known signal");
    assert_eq!(case.signals, before);
}

#[test]
fn unknown_signals_are_refused_and_change_nothing() {
    let content = content();
    let mut case = new_case();
    let before = case.clone();
    assert_eq!(
        case.toggle_signal(&content, "not_a_signal", at(1)),
        Err(CaseworkError::UnknownSignal("not_a_signal".into()))
    );
    assert_eq!(
        case.observe_all(&content, [("withdraws", at(1)), ("forged", at(1))], at(1)),
        Err(CaseworkError::UnknownSignal("forged".into()))
    );
    assert_eq!(case, before);
}

#[test]
fn saving_a_quick_checklist_keeps_its_times_and_skips_signals_already_observed() {
    let content = content();
    let mut case = new_case();
    case.toggle_signal(&content, "withdraws", at(1))
        .expect("known");
    let added = case
        .observe_all(
            &content,
            [("withdraws", at(7)), ("begs_on_street", at(8))],
            at(9),
        )
        .expect("known signals");
    assert_eq!(added, 1);
    assert_eq!(case.signals["withdraws"].observed_at, at(1));
    assert_eq!(case.signals["begs_on_street"].observed_at, at(8));
    assert_eq!(case.updated_at, at(9));
}

#[test]
fn remarks_are_bounded_and_only_on_observed_signals() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.set_signal_remark("withdraws", Some("x"), at(1)),
        Err(CaseworkError::SignalNotObserved("withdraws".into()))
    );
    case.toggle_signal(&content, "withdraws", at(1))
        .expect("known");
    let long = "x".repeat(MAX_REMARK_CHARS + 1);
    assert_eq!(
        case.set_signal_remark("withdraws", Some(&long), at(2)),
        Err(CaseworkError::RemarkTooLong {
            max: MAX_REMARK_CHARS
        })
    );
    case.set_signal_remark("withdraws", Some("  "), at(2))
        .expect("blank clears");
    assert_eq!(case.signals["withdraws"].remark, None);
}

#[test]
fn steps_can_be_done_out_of_order() {
    let content = content();
    let mut case = new_case();
    case.set_step_status(&content, 3, StepStatus::Done, at(1))
        .expect("step 3 exists");
    case.set_step_status(&content, 1, StepStatus::InProgress, at(2))
        .expect("step 1 exists");
    assert_eq!(case.step_status(3), StepStatus::Done);
    assert_eq!(case.step_status(1), StepStatus::InProgress);
    assert_eq!(case.step_status(2), StepStatus::NotStarted);
    assert_eq!(case.steps[&3].changed_at, at(1));
}

#[test]
fn unknown_steps_and_experts_are_refused() {
    let content = content();
    let mut case = new_case();
    let before = case.clone();
    let refusals = [
        case.set_step_status(&content, 0, StepStatus::Done, at(1))
            .err(),
        case.set_step_status(&content, 6, StepStatus::Done, at(1))
            .err(),
        case.toggle_consulted(&content, 2, "buurman", at(1)).err(),
        case.toggle_consulted(&content, 1, "veilig_thuis", at(1))
            .err(),
        case.toggle_consulted(&content, 9, "veilig_thuis", at(1))
            .err(),
    ];
    assert_eq!(
        refusals,
        [
            Some(CaseworkError::UnknownStep(0)),
            Some(CaseworkError::UnknownStep(6)),
            Some(CaseworkError::UnknownExpert {
                step: 2,
                expert: "buurman".into()
            }),
            Some(CaseworkError::UnknownExpert {
                step: 1,
                expert: "veilig_thuis".into()
            }),
            Some(CaseworkError::UnknownStep(9)),
        ]
    );
    assert_eq!(case, before);
}

#[test]
fn consulting_an_expert_at_step_two_starts_the_step_and_is_recorded() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.toggle_consulted(&content, 2, "zorgcoordinator", at(3)),
        Ok(true)
    );
    assert_eq!(case.step_status(2), StepStatus::InProgress);
    assert!(case.steps[&2].consulted.contains("zorgcoordinator"));
    assert_eq!(
        case.toggle_consulted(&content, 2, "zorgcoordinator", at(4)),
        Ok(false)
    );
    assert!(case.steps[&2].consulted.is_empty());
}

#[test]
fn afwegingskader_follows_the_answers_to_what_the_meldcode_says() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let mut case = new_case();
    assert_eq!(
        case.afweging_walk(kader).questions.len(),
        1,
        "first open question only"
    );

    case.answer(&content, 1, Some(Answer::No), at(1))
        .expect("question 1");
    let walk = case.afweging_walk(kader);
    assert_eq!(walk.end.map(|o| o.kind), Some(OutcomeKind::Close));
    assert_eq!(
        walk.end.map(|o| o.text.as_str()),
        Some("Afsluiten en vastleggen in dossier")
    );

    case.answer(&content, 1, Some(Answer::Yes), at(2))
        .expect("question 1");
    case.answer(&content, 2, Some(Answer::Yes), at(3))
        .expect("question 2");
    let walk = case.afweging_walk(kader);
    assert_eq!(walk.questions.len(), 2);
    assert_eq!(walk.end.map(|o| o.kind), Some(OutcomeKind::Report));
    assert!(
        walk.end
            .is_some_and(|o| o.text.starts_with("Melden bij Veilig Thuis"))
    );
}

#[test]
fn answers_beyond_the_end_are_kept_for_when_an_earlier_answer_changes() {
    let content = content();
    let kader = content.afwegingskader(Language::En);
    let mut case = new_case();
    for (question, answer) in [
        (1, Answer::Yes),
        (2, Answer::No),
        (3, Answer::Yes),
        (4, Answer::Yes),
        (5, Answer::Yes),
    ] {
        case.answer(&content, question, Some(answer), at(i64::from(question)))
            .expect("known question");
    }
    assert_eq!(case.afweging_walk(kader).questions.len(), 5);
    assert_eq!(
        case.afweging_walk(kader).end.map(|o| o.kind),
        Some(OutcomeKind::Close)
    );
    case.answer(&content, 2, Some(Answer::Yes), at(9))
        .expect("question 2");
    assert_eq!(case.afweging_walk(kader).questions.len(), 2);
    case.answer(&content, 2, Some(Answer::No), at(10))
        .expect("question 2");
    assert_eq!(
        case.afweging_walk(kader).questions.len(),
        5,
        "later answers were kept"
    );
}

#[test]
fn unknown_questions_are_refused() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.answer(&content, 0, Some(Answer::Yes), at(1)),
        Err(CaseworkError::UnknownQuestion(0))
    );
    assert_eq!(
        case.answer(&content, 6, Some(Answer::No), at(1)),
        Err(CaseworkError::UnknownQuestion(6))
    );
    assert!(case.answers.is_empty());
}

#[test]
fn guidance_follows_the_card_order() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let mut case = new_case();
    assert_eq!(case.guidance(kader), [Guidance::MapSignals]);

    case.toggle_signal(&content, "possibly_minor", at(1))
        .expect("known");
    assert_eq!(
        case.guidance(kader),
        [Guidance::ConsultColleague],
        "signals observed, step 2 not started"
    );

    case.toggle_consulted(&content, 2, "veilig_thuis", at(2))
        .expect("named at step 2");
    assert_eq!(
        case.guidance(kader),
        [Guidance::TalkIfPossible, Guidance::Weigh]
    );

    case.set_step_status(&content, 3, StepStatus::Done, at(3))
        .expect("step 3");
    case.answer(&content, 1, Some(Answer::Yes), at(4))
        .expect("q1");
    case.answer(&content, 2, Some(Answer::Yes), at(5))
        .expect("q2");
    assert_eq!(
        case.guidance(kader),
        [Guidance::Report],
        "the answers lead to reporting"
    );

    case.set_step_status(&content, 5, StepStatus::Done, at(6))
        .expect("step 5");
    assert!(case.guidance(kader).is_empty());
    assert_eq!(Guidance::Report.step(), 5);
}

proptest! {
    /// Toggling any signal twice, at any times, leaves the observed signals as they were.
    #[test]
    fn toggling_twice_is_the_identity(
        initial in proptest::collection::vec(0usize..11, 0..11),
        toggled in proptest::collection::vec(0usize..11, 1..20),
    ) {
        let content = content();
        let ids: Vec<&str> = content.signal_ids().collect();
        let mut case = new_case();
        for (i, index) in initial.iter().enumerate() {
            let _ = case.toggle_signal(&content, ids[*index], at(i as i64));
        }
        let before = case.signals.clone();
        for (i, index) in toggled.iter().enumerate() {
            case.toggle_signal(&content, ids[*index], at(100 + i as i64)).expect("known");
            case.toggle_signal(&content, ids[*index], at(200 + i as i64)).expect("known");
        }
        prop_assert_eq!(case.signals, before);
    }
}
