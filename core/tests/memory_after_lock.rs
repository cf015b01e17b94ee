//! What of a home visit stays in the process's memory after a lock and after a quick
//! exit: the test reads its own memory (`/proc/self/mem`) for the case text it typed,
//! the PIN and the data key, and prints the counts.
//!
//! Each run is a fresh process (this binary run again as the child,
//! `child_process_role`) that creates a vault, types a case label, a note, a remark, a
//! search and an unsaved note, then locks (or quick-exits) and searches every writable
//! mapping of itself. The test holds its own copies of the secrets only XOR-masked; a
//! control text it never typed must be found 0 times (the search does not see itself)
//! and a text it keeps alive at least once (the search sees the heap).
//!
//! The PIN and the data key must be gone. Case text is counted and printed, not
//! bounded: with `cipher_memory_security` off (DESIGN.md "Vault") SQLite's freed pages
//! and buffers keep it until the memory is reused, and README states the count.

#![cfg(target_os = "linux")]

use std::fs::File;
use std::os::unix::fs::FileExt;

use signalenkaart_core::app::{Destination, Effect, Event, FieldId, Screen};
use signalenkaart_core::vault::{check_pin, testing};
use support::app::AppHarness;
use zeroize::Zeroizing;

mod support;

const CHILD_ENV: &str = "SIGNALENKAART_MEMORY_CHILD";
/// Every secret the test holds is kept XORed with this.
const MASK: u8 = 0xA5;

/// Random bytes from the OS, as lowercase hex.
fn random_hex(bytes: usize) -> String {
    let mut raw = vec![0u8; bytes];
    File::open("/dev/urandom")
        .and_then(|f| f.read_exact_at(&mut raw, 0))
        .expect("random");
    raw.iter().map(|b| format!("{b:02x}")).collect()
}

fn mask(text: &[u8]) -> Vec<u8> {
    text.iter().map(|b| b ^ MASK).collect()
}

/// A secret to look for, held masked.
struct Needle {
    name: &'static str,
    masked: Vec<u8>,
}

/// A canary text `Kanarie<kind><hex>`: returned in the clear once (to be typed), kept
/// masked.
fn canary(name: &'static str, kind: &str) -> (String, Needle) {
    let text = format!("Kanarie{kind}{}", random_hex(8));
    let masked = mask(text.as_bytes());
    (text, Needle { name, masked })
}

/// A random 12-digit PIN the rules accept, kept masked.
fn random_pin() -> Needle {
    loop {
        let digits: String = random_hex(12)
            .bytes()
            .map(|b| char::from(b'0' + b % 10))
            .take(12)
            .collect();
        let digits = Zeroizing::new(digits);
        if check_pin(&digits).is_ok() {
            return Needle {
                name: "PIN",
                masked: mask(digits.as_bytes()),
            };
        }
    }
}

/// Counts every occurrence of each needle in the process's writable memory.
fn scan(needles: &[Needle]) -> Vec<usize> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("maps");
    let memory = File::open("/proc/self/mem").expect("mem");
    let longest = needles.iter().map(|n| n.masked.len()).max().unwrap_or(1);
    let mut chunk = vec![0u8; 1 << 20];
    let mut counts = vec![0; needles.len()];
    for (i, needle) in needles.iter().enumerate() {
        // The needle in the clear for the search, and where it lies, to skip itself.
        let mut clear: Zeroizing<Vec<u8>> =
            Zeroizing::new(needle.masked.iter().map(|b| b ^ MASK).collect());
        let finder = memchr::memmem::Finder::new(clear.as_slice());
        let own = [
            (clear.as_ptr() as usize, clear.len()),
            (chunk.as_ptr() as usize, chunk.len()),
        ];
        for line in maps.lines() {
            let mut fields = line.split_whitespace();
            let (Some(range), Some(perms)) = (fields.next(), fields.next()) else {
                continue;
            };
            if !perms.starts_with("rw") {
                continue;
            }
            let Some((start, end)) = range.split_once('-') else {
                continue;
            };
            let (Ok(start), Ok(end)) = (
                usize::from_str_radix(start, 16),
                usize::from_str_radix(end, 16),
            ) else {
                continue;
            };
            let mut at = start;
            while at < end {
                let len = chunk.len().min(end - at);
                let read = memory.read_at(&mut chunk[..len], at as u64).unwrap_or(0);
                if read == 0 {
                    break;
                }
                for found in finder.find_iter(&chunk[..read]) {
                    let address = at + found;
                    let mine = own
                        .iter()
                        .any(|&(from, n)| address >= from && address < from + n);
                    if !mine {
                        counts[i] += 1;
                    }
                }
                chunk[..read].fill(0);
                // Overlap so that a needle across two chunks is seen once.
                at += if read > longest {
                    read - (longest - 1)
                } else {
                    read
                };
            }
        }
        drop(finder);
        clear.fill(0);
    }
    counts
}

/// The child: a home visit, then `how` ("lock" or "quick exit"), then the search.
#[test]
fn child_process_role() {
    let Ok(how) = std::env::var(CHILD_ENV) else {
        return;
    };
    let pin = random_pin();
    let (label, label_needle) = canary("case label", "L");
    let (note, note_needle) = canary("note", "N");
    let (remark, remark_needle) = canary("remark", "R");
    let (draft, draft_needle) = canary("unsaved note", "D");
    let (never, control) = canary("control never typed", "X");
    drop(Zeroizing::new(never));
    let (kept, kept_needle) = canary("control kept alive", "K");

    let mut h = AppHarness::start();
    let type_pin = |h: &mut AppHarness| {
        for masked in &pin.masked {
            h.send(Event::PinDigit {
                digit: (masked ^ MASK) - b'0',
            });
        }
        h.send(Event::PinSubmit);
    };
    h.go_to(Destination::Cases);
    type_pin(&mut h);
    type_pin(&mut h);
    let id = h.new_case(&label);
    drop(Zeroizing::new(label));
    h.send(Event::NewNote {
        case_id: id.clone(),
    });
    h.edit(
        FieldId::Note,
        &Zeroizing::new(format!("Buurvrouw zag {note} bij de deur.")),
    );
    h.send(Event::SaveNote);
    h.send(Event::OpenCaseSignals {
        case_id: id.clone(),
    });
    h.send(Event::ToggleSignal {
        case_id: Some(id.clone()),
        signal_id: "many_new_contacts".into(),
    });
    h.send(Event::EditRemark {
        case_id: id.clone(),
        signal_id: "many_new_contacts".into(),
    });
    h.edit(FieldId::Remark, &remark);
    h.send(Event::SubmitLabel);
    drop(Zeroizing::new(remark));
    h.go_to(Destination::Search);
    h.edit(FieldId::Search, &Zeroizing::new(note.to_lowercase()));
    drop(Zeroizing::new(note));
    h.go_to(Destination::Cases);
    h.send(Event::OpenCase {
        case_id: id.clone(),
    });
    h.send(Event::NewNote { case_id: id });
    let typing = h.edit(FieldId::Note, &draft);
    assert!(
        matches!(typing.view.screen, Screen::NoteEditor { .. }),
        "an unsaved note on screen: {:?}",
        typing.view.screen
    );
    drop(typing);
    drop(Zeroizing::new(draft));

    let effects = match how.as_str() {
        "lock" => h.send(Event::LockNow).effects,
        _ => h.send(Event::QuickExit).effects,
    };
    assert!(effects.contains(&Effect::Locked), "{effects:?}");

    // The key, recovered from the files with the PIN, held masked from here on.
    let (key_raw, key_hex) = {
        let clear = Zeroizing::new(
            String::from_utf8(pin.masked.iter().map(|b| b ^ MASK).collect()).expect("digits"),
        );
        let known =
            testing::KnownKey::recover(&h.data_dir().join("vault"), &*h.keys, &clear).expect("key");
        known.masked(MASK)
    };
    let needles = [
        label_needle,
        note_needle,
        remark_needle,
        draft_needle,
        pin,
        Needle {
            name: "data key",
            masked: key_raw,
        },
        Needle {
            name: "data key (hex)",
            masked: key_hex,
        },
        control,
        kept_needle,
    ];
    let counts = scan(&needles);
    let line: Vec<String> = needles
        .iter()
        .zip(&counts)
        .map(|(n, c)| format!("{}: {c}", n.name))
        .collect();
    println!("memory after {how}: {}", line.join(", "));
    drop(kept);
}

fn run_child(how: &str) -> String {
    let output = support::child(CHILD_ENV, how).output().expect("child");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
        .lines()
        .find_map(|line| Some(line.split_once("memory after ")?.1.to_owned()))
        .unwrap_or_else(|| panic!("no report: {stdout}"))
}

/// The count of `name` in a child's report.
fn count(report: &str, name: &str) -> usize {
    report
        .split(", ")
        .find_map(|part| part.strip_prefix(&format!("{name}: ")))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{name} in {report}"))
}

#[test]
fn after_a_lock_and_a_quick_exit_no_pin_or_key_is_left_in_memory_and_case_text_is_counted() {
    for how in ["lock", "quick exit"] {
        let report = run_child(how);
        println!("memory after {report}");
        assert_eq!(
            count(&report, "control never typed"),
            0,
            "the search sees itself"
        );
        assert!(
            count(&report, "control kept alive") >= 1,
            "the search sees the heap"
        );
        assert_eq!(count(&report, "PIN"), 0, "{how}: {report}");
        assert_eq!(count(&report, "data key"), 0, "{how}: {report}");
        assert_eq!(count(&report, "data key (hex)"), 0, "{how}: {report}");
    }
}
