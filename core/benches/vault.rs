//! Vault benchmarks against the performance budgets in DESIGN.md: open with a known
//! data key, unlock with Argon2id, unlock with the biometric wrap (the core's path: the
//! header, the coercion rule, the key check and the database, with an in-memory
//! platform in place of the prompt), the quick exit with the biometric unlock on,
//! insert a note, search 10,000 notes, save a case (the database write of a `dispatch`),
//! and the same workloads on plain SQLite.
//!
//! Both run in one process, side by side, so their ratio is measured on the same noisy
//! machine at the same time. `cipher_memory_security` is OFF (DESIGN.md "Vault"); it is
//! process-wide in SQLCipher, and with it ON the plain runs after an encrypted open would
//! be slowed too.
//!
//! `cargo bench -p signalenkaart-core --bench vault -- --warm-up-time 1 --measurement-time 3`

use std::cell::RefCell;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use signalenkaart_core::casework::{Case, CaseId, CaseLabel, ObservedSignal};
use signalenkaart_core::vault::testing::FakeBiometrics;
use signalenkaart_core::vault::{BiometricPrompt, SoftwareKeyWrapper, Vault, testing};
use signalenkaart_core::{Clock, SystemClock};

const PIN: &str = "480271";
const NOTES: usize = 10_000;

const WORDS: &[&str] = &[
    "moeder",
    "vader",
    "broer",
    "school",
    "verzuim",
    "geld",
    "schulden",
    "telefoon",
    "kleding",
    "vrienden",
    "auto",
    "laat",
    "thuis",
    "bang",
    "zegt",
    "niets",
    "bezoek",
    "buurvrouw",
    "gesprek",
    "afspraak",
    "huisarts",
    "wijk",
    "station",
    "avond",
    "nacht",
    "werk",
    "loon",
    "pakketjes",
    "tas",
    "kamer",
    "sleutel",
    "huur",
    "contant",
    "cadeau",
];

/// Deterministic note texts: about 1 in 100 mentions a scooter.
fn note_bodies() -> Vec<String> {
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap_or(0)
    };
    (0..NOTES)
        .map(|i| {
            let mut words: Vec<&str> = (0..25).map(|_| WORDS[next() % WORDS.len()]).collect();
            if i % 100 == 7 {
                words.insert(next() % 20, "scooter");
            }
            words.join(" ")
        })
        .collect()
}

fn case(n: u32) -> Case {
    let clock = SystemClock;
    let mut case = Case::new(
        CaseLabel::new(&format!("zaak {n}")).expect("label"),
        clock.now(),
    );
    for s in ["geld", "schulden", "verzuim", "kleding"] {
        case.signals.insert(
            s.to_owned(),
            ObservedSignal {
                remark: Some("korte opmerking".to_owned()),
                ..ObservedSignal::ticked_at(clock.now())
            },
        );
    }
    case
}

struct Fixture {
    _tmp: tempfile::TempDir,
    vault: Vault,
    case: CaseId,
    keys: Arc<SoftwareKeyWrapper>,
}

fn fixture(encrypted: bool) -> Fixture {
    let tmp = tempfile::tempdir().expect("tempdir");
    let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
    let dir = tmp.path().join("vault");
    let mut vault = if encrypted {
        let mut vault = Vault::open(&dir, keys.clone(), Arc::new(SystemClock))
            .expect("open")
            .with_biometrics(Arc::new(FakeBiometrics::default()));
        vault.create(PIN).expect("create");
        vault
    } else {
        testing::open_unencrypted(&dir, Arc::new(SystemClock)).expect("open")
    };
    let case = case(0);
    vault.save_case(&case).expect("save");
    testing::add_notes_in_one_transaction(&mut vault, case.id, &note_bodies()).expect("notes");
    Fixture {
        _tmp: tmp,
        vault,
        case: case.id,
        keys,
    }
}

fn workload(c: &mut Criterion, name: &str, encrypted: bool) {
    let mut f = fixture(encrypted);
    assert_eq!(f.vault.search_notes("scooter").expect("search").len(), 100);
    let mut group = c.benchmark_group(name);
    group.bench_function("search_10k_notes_rare_word", |b| {
        b.iter(|| black_box(f.vault.search_notes(black_box("scooter")).expect("search")))
    });
    group.bench_function("search_10k_notes_two_common_words", |b| {
        b.iter(|| {
            black_box(
                f.vault
                    .search_notes(black_box("moeder geld"))
                    .expect("search"),
            )
        })
    });
    group.bench_function("insert_note", |b| {
        b.iter(|| {
            f.vault
                .add_note(
                    f.case,
                    black_box("Moeder vertelt over geldzorgen en een scooter."),
                )
                .expect("note")
        })
    });
    let mut n = 1;
    group.bench_function("save_case", |b| {
        b.iter(|| {
            n += 1;
            f.vault.save_case(black_box(&case(n))).expect("save")
        })
    });
    group.finish();
}

fn plain(c: &mut Criterion) {
    workload(c, "plain", false);
}

fn sqlcipher(c: &mut Criterion) {
    workload(c, "sqlcipher", true);
}

fn open_and_unlock(c: &mut Criterion) {
    let mut f = fixture(true);
    f.vault.lock();
    let dir = f._tmp.path().join("vault");
    let known = testing::KnownKey::recover(&dir, &*f.keys, PIN).expect("key");
    let mut group = c.benchmark_group("sqlcipher");
    group.bench_function("open_with_known_key", |b| {
        b.iter(|| known.open_and_close().expect("open"))
    });
    group.sample_size(10);
    group.bench_function("unlock_with_argon2id", |b| {
        b.iter(|| {
            f.vault.unlock(PIN).expect("unlock");
            f.vault.lock();
        })
    });
    let prompt = BiometricPrompt {
        title: "Ontgrendelen".into(),
        subtitle: "Met uw vingerafdruk of gezicht".into(),
        use_pin: "Pincode gebruiken".into(),
    };
    f.vault.unlock(PIN).expect("unlock");
    f.vault.turn_on_biometrics(PIN, 8, &prompt).expect("on");
    f.vault.lock();
    group.bench_function("unlock_with_biometrics", |b| {
        b.iter(|| {
            f.vault.unlock_with_biometrics(&prompt).expect("unlock");
            f.vault.lock();
        })
    });
    group.finish();
    // The quick exit with the biometric unlock on writes the platform's bit and both
    // header slots: timed apart from the PIN unlock that arms it again each round.
    let mut exits: Vec<Duration> = (0..15)
        .map(|_| {
            f.vault.unlock(PIN).expect("unlock");
            let start = Instant::now();
            f.vault.require_pin().expect("quick exit");
            f.vault.lock();
            start.elapsed()
        })
        .collect();
    exits.sort();
    println!(
        "sqlcipher/quick_exit_with_biometrics: median {:?}, max {:?} (15 rounds, open vault)",
        exits[exits.len() / 2],
        exits[exits.len() - 1]
    );
}

/// The same operation on both databases in alternation, one pair after the other, so
/// that the machine's noise (above all fsync times) falls on both alike. Criterion times
/// the pairs; the ratio of the two medians is printed after each.
fn side_by_side(c: &mut Criterion) {
    let mut plain = fixture(false);
    let mut encrypted = fixture(true);
    type Op = fn(&mut Fixture, u32);
    let ops: [(&str, Op); 4] = [
        ("search_10k_notes_rare_word", |f, _| {
            black_box(f.vault.search_notes(black_box("scooter")).expect("search"));
        }),
        ("search_10k_notes_two_common_words", |f, _| {
            black_box(
                f.vault
                    .search_notes(black_box("moeder geld"))
                    .expect("search"),
            );
        }),
        ("insert_note", |f, _| {
            f.vault
                .add_note(
                    f.case,
                    black_box("Moeder vertelt over geldzorgen en een scooter."),
                )
                .expect("note");
        }),
        ("save_case", |f, n| {
            f.vault.save_case(black_box(&case(n))).expect("save");
        }),
    ];
    let mut group = c.benchmark_group("side_by_side");
    for (name, op) in ops {
        let samples = RefCell::new((Vec::new(), Vec::new()));
        let mut n = 1_000_000;
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for i in 0..iters {
                    n += 1;
                    // Alternate which goes first, so neither always follows the other.
                    let order: [(&mut Fixture, bool); 2] = if i % 2 == 0 {
                        [(&mut plain, false), (&mut encrypted, true)]
                    } else {
                        [(&mut encrypted, true), (&mut plain, false)]
                    };
                    for (fixture, is_encrypted) in order {
                        let start = Instant::now();
                        op(fixture, n);
                        let took = start.elapsed();
                        total += took;
                        let mut s = samples.borrow_mut();
                        if is_encrypted {
                            s.1.push(took);
                        } else {
                            s.0.push(took);
                        }
                    }
                }
                total
            })
        });
        let (mut p, mut e) = samples.into_inner();
        let median = |v: &mut Vec<Duration>| {
            v.sort();
            v[v.len() / 2]
        };
        let (p, e) = (median(&mut p), median(&mut e));
        println!(
            "side_by_side/{name}: sqlcipher {e:?} / plain {p:?} = {:.2}x (medians of alternating pairs)",
            e.as_secs_f64() / p.as_secs_f64()
        );
    }
    group.finish();
}

criterion_group!(benches, plain, sqlcipher, open_and_unlock, side_by_side);
criterion_main!(benches);
