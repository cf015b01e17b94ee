//! Property test: any sequence of operations leaves the vault agreeing with a simple
//! in-memory model, also after locking and unlocking again.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use signalenkaart_core::casework::{
    Answer, AnswerRecord, Case, CaseId, CaseLabel, ObservedSignal, StepProgress, StepStatus,
};
use signalenkaart_core::vault::{NoteId, SoftwareKeyWrapper, Vault, VaultError};
use signalenkaart_core::{Clock, ManualClock};

const PIN: &str = "480271";
const SLOTS: u8 = 3;

#[derive(Debug, Clone)]
enum Op {
    SaveCase {
        slot: u8,
        label: String,
        signals: BTreeMap<u8, (i64, Option<String>)>,
        unticked: BTreeMap<u8, i64>,
        steps: BTreeMap<u8, (u8, BTreeSet<u8>)>,
        answers: BTreeMap<u8, bool>,
    },
    DeleteCase(u8),
    AddNote(u8, String),
    UpdateNote(usize, String),
    DeleteNote(usize),
    Advance(i64),
    Reopen,
}

fn op() -> impl Strategy<Value = Op> {
    let remark = proptest::option::of("[a-zé ]{1,12}");
    prop_oneof![
        3 => (
            0..SLOTS,
            "[A-Za-zë][A-Za-zë .,]{0,20}",
            prop::collection::btree_map(0u8..11, (0i64..1_000_000_000_000, remark), 0..4),
            prop::collection::btree_map(11u8..14, 0i64..1_000_000_000, 0..2),
            prop::collection::btree_map(1u8..6, (0u8..3, prop::collection::btree_set(0u8..3, 0..3)), 0..3),
            prop::collection::btree_map(1u8..6, any::<bool>(), 0..3),
        )
            .prop_map(|(slot, label, signals, unticked, steps, answers)| Op::SaveCase {
                slot,
                label,
                signals,
                unticked,
                steps,
                answers,
            }),
        1 => (0..SLOTS).prop_map(Op::DeleteCase),
        3 => (0..SLOTS, "[a-z ]{0,20}").prop_map(|(slot, body)| Op::AddNote(slot, body)),
        1 => (any::<usize>(), "[a-z ]{0,20}").prop_map(|(i, body)| Op::UpdateNote(i, body)),
        1 => any::<usize>().prop_map(Op::DeleteNote),
        1 => (0i64..10_000_000_000).prop_map(Op::Advance),
        1 => Just(Op::Reopen),
    ]
}

fn slot_id(slot: u8) -> CaseId {
    CaseId::from_bytes([slot + 1; 16])
}

#[derive(Debug, Clone, PartialEq)]
struct ModelNote {
    id: NoteId,
    case: CaseId,
    body: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    seq: usize,
}

#[derive(Default)]
struct Model {
    cases: BTreeMap<CaseId, Case>,
    notes: Vec<ModelNote>,
    seq: usize,
}

fn build_case(
    slot: u8,
    label: &str,
    now: DateTime<Utc>,
    signals: &BTreeMap<u8, (i64, Option<String>)>,
    unticked: &BTreeMap<u8, i64>,
    steps: &BTreeMap<u8, (u8, BTreeSet<u8>)>,
    answers: &BTreeMap<u8, bool>,
) -> Case {
    let mut case = Case::new(CaseLabel::new(label).expect("label"), now);
    case.id = slot_id(slot);
    let at = |ns: i64| now - Duration::nanoseconds(ns);
    for (s, (ns, remark)) in signals {
        case.signals.insert(
            format!("s{s}"),
            // Seen up to two hours before it was ticked, so both moments round-trip.
            ObservedSignal {
                observed_at: at(*ns) - Duration::seconds(ns.rem_euclid(7_200)),
                recorded_at: at(*ns),
                remark: remark.clone(),
            },
        );
    }
    for (s, ns) in unticked {
        case.unticked
            .insert(format!("s{s}"), ObservedSignal::ticked_at(at(*ns)));
    }
    for (step, (status, consulted)) in steps {
        let status = [
            StepStatus::NotStarted,
            StepStatus::InProgress,
            StepStatus::Done,
        ][usize::from(*status)];
        case.steps.insert(
            *step,
            StepProgress {
                status,
                changed_at: at(i64::from(*step)),
                consulted: consulted.iter().map(|e| format!("expert{e}")).collect(),
                // Some consultations with a time, some without (recorded before v4).
                consulted_at: consulted
                    .iter()
                    .filter(|e| *e % 2 == 0)
                    .map(|e| (format!("expert{e}"), at(i64::from(*e) * 3)))
                    .collect(),
                advice: (status == StepStatus::InProgress)
                    .then(|| format!("advies bij stap {step}")),
            },
        );
    }
    for (question, yes) in answers {
        case.answers.insert(
            *question,
            AnswerRecord {
                answer: if *yes { Answer::Yes } else { Answer::No },
                answered_at: at(i64::from(*question) * 7),
            },
        );
    }
    case
}

fn assert_agrees(vault: &Vault, model: &Model) {
    for slot in 0..SLOTS {
        let id = slot_id(slot);
        assert_eq!(
            vault.load_case(id).expect("load"),
            model.cases.get(&id).cloned()
        );
        let mut expected: Vec<&ModelNote> = model.notes.iter().filter(|n| n.case == id).collect();
        expected.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.seq.cmp(&a.seq)));
        let got = vault.list_notes(id).expect("notes");
        let got: Vec<_> = got
            .iter()
            .map(|n| (n.id, n.body.as_str(), n.created_at, n.updated_at))
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|n| (n.id, n.body.as_str(), n.created_at, n.updated_at))
            .collect();
        assert_eq!(got, want);
    }
    let list = vault.list_cases().expect("list");
    assert!(list.windows(2).all(|w| w[0].updated_at >= w[1].updated_at));
    let listed: BTreeMap<CaseId, (DateTime<Utc>, u32, u32)> = list
        .iter()
        .map(|c| (c.id, (c.updated_at, c.observed_signals, c.notes)))
        .collect();
    let modelled: BTreeMap<CaseId, (DateTime<Utc>, u32, u32)> = model
        .cases
        .values()
        .map(|c| {
            let notes = model.notes.iter().filter(|n| n.case == c.id).count();
            (
                c.id,
                (
                    c.updated_at,
                    u32::try_from(c.signals.len()).expect("small"),
                    u32::try_from(notes).expect("small"),
                ),
            )
        })
        .collect();
    assert_eq!(listed, modelled);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn vault_agrees_with_the_model_after_reopen(ops in prop::collection::vec(op(), 1..30)) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
        let clock = Arc::new(ManualClock::new(
            Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).single().expect("time")
                + Duration::nanoseconds(987_654_321),
        ));
        let mut vault = Vault::open(&tmp.path().join("vault"), keys, clock.clone()).expect("open");
        vault.create(PIN).expect("create");
        let mut model = Model::default();

        for op in &ops {
            let now = clock.now();
            match op {
                Op::SaveCase { slot, label, signals, unticked, steps, answers } => {
                    let case = build_case(*slot, label, now, signals, unticked, steps, answers);
                    // Both ways of saving: the whole case, or only what differs from
                    // the stored case (the model holds exactly what is stored).
                    match model.cases.get(&case.id).filter(|_| label.len() % 2 == 0) {
                        Some(before) => vault.save_case_changes(before, &case).expect("save changes"),
                        None => vault.save_case(&case).expect("save"),
                    }
                    model.cases.insert(case.id, case);
                }
                Op::DeleteCase(slot) => {
                    let id = slot_id(*slot);
                    let result = vault.delete_case(id);
                    if model.cases.remove(&id).is_some() {
                        result.expect("delete");
                        model.notes.retain(|n| n.case != id);
                    } else {
                        prop_assert!(matches!(result, Err(VaultError::CaseNotFound)));
                    }
                }
                Op::AddNote(slot, body) => {
                    let id = slot_id(*slot);
                    let result = vault.add_note(id, body);
                    match model.cases.get_mut(&id) {
                        Some(_) if body.trim().is_empty() => {
                            prop_assert!(matches!(result, Err(VaultError::NoteEmpty)));
                        }
                        Some(case) => {
                            case.updated_at = now;
                            model.seq += 1;
                            model.notes.push(ModelNote {
                                id: result.expect("add"),
                                case: id,
                                body: body.trim().to_owned(),
                                created_at: now,
                                updated_at: now,
                                seq: model.seq,
                            });
                        }
                        None => prop_assert!(result.is_err()),
                    }
                }
                Op::UpdateNote(i, body) => {
                    if model.notes.is_empty() || body.trim().is_empty() {
                        continue;
                    }
                    let i = i % model.notes.len();
                    vault.update_note(model.notes[i].id, body).expect("update");
                    let note = &mut model.notes[i];
                    note.body = body.trim().to_owned();
                    note.updated_at = now;
                    if let Some(case) = model.cases.get_mut(&note.case) {
                        case.updated_at = now;
                    }
                }
                Op::DeleteNote(i) => {
                    if model.notes.is_empty() {
                        continue;
                    }
                    let note = model.notes.remove(i % model.notes.len());
                    vault.delete_note(note.id).expect("delete note");
                    if let Some(case) = model.cases.get_mut(&note.case) {
                        case.updated_at = now;
                    }
                }
                Op::Advance(ns) => clock.advance(Duration::nanoseconds(*ns)),
                Op::Reopen => {
                    vault.lock();
                    vault.unlock(PIN).expect("unlock");
                    assert_agrees(&vault, &model);
                }
            }
        }
        vault.lock();
        vault.unlock(PIN).expect("unlock");
        assert_agrees(&vault, &model);
    }
}
