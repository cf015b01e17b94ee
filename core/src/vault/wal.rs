//! Reading SQLite's write-ahead log before SQLite does, to notice committed
//! transactions it would drop.
//!
//! After an unclean shutdown SQLite replays the WAL up to the first frame whose
//! checksum chain breaks and silently ignores the rest; the next checkpoint makes that
//! permanent. A break followed by a *commit frame of the same WAL generation* (same
//! salts) means a committed transaction is about to be lost. The frame headers and
//! checksums are not encrypted by SQLCipher (they cover the encrypted page bytes), so
//! this needs no key. Format: <https://www.sqlite.org/fileformat2.html#walformat>.

/// The log's own header, before the first frame.
pub(crate) const HEADER_LEN: usize = 32;
const FRAME_HEADER_LEN: usize = 24;
const MAGIC_LE: u32 = 0x377f_0682;
const MAGIC_BE: u32 = 0x377f_0683;
const VERSION: u32 = 3_007_000;

/// What reading the log before SQLite found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LogState {
    /// SQLite will replay every committed transaction in it.
    Intact,
    /// SQLite would drop committed transactions: keep a copy before it does.
    DropsCommits,
    /// The log is not the one the last writer used (its salts differ from the
    /// wal-index's), or the index is not the log's: keep a copy, and check every page
    /// before anything is checkpointed.
    NotOurs,
}

/// Checks the log against itself and, if the last writer's wal-index (the `-shm`
/// file, read before SQLite resets it) is whole, against what that writer committed.
pub(crate) fn inspect(wal: Option<&[u8]>, shm: Option<&[u8]>) -> LogState {
    let index = shm.and_then(wal_index);
    let committed = index.map_or(0, |i| i.max_frame);
    let Some(wal) = wal else {
        return if committed > 0 {
            LogState::DropsCommits
        } else {
            LogState::Intact
        };
    };
    if let Some(index) = index
        && index.max_frame > 0
        && wal.get(16..24) != Some(&index.salts[..])
    {
        return LogState::NotOurs;
    }
    match replayable(wal) {
        None => LogState::DropsCommits,
        Some(frames) if frames < committed => LogState::DropsCommits,
        Some(_) => LogState::Intact,
    }
}

/// The part of the wal-index header that matters here.
#[derive(Clone, Copy)]
struct WalIndex {
    /// The last frame the writer committed, counted from 1.
    max_frame: u32,
    /// The log's salts, as raw bytes of the log header.
    salts: [u8; 8],
}

/// The wal-index header (two identical 48-byte copies, native byte order, checksummed),
/// if it is whole.
fn wal_index(shm: &[u8]) -> Option<WalIndex> {
    let first = shm.get(..48)?;
    if shm.get(48..96)? != first {
        return None;
    }
    let native = |at: usize| -> Option<u32> {
        Some(u32::from_ne_bytes(first.get(at..at + 4)?.try_into().ok()?))
    };
    if native(0)? != VERSION || first[12] != 1 {
        return None;
    }
    let sum = checksum(cfg!(target_endian = "big"), (0, 0), &first[..40]);
    if sum != (native(40)?, native(44)?) {
        return None;
    }
    Some(WalIndex {
        max_frame: native(16)?,
        salts: first.get(32..40)?.try_into().ok()?,
    })
}

/// Whether replaying `wal` would drop a committed transaction (or the whole log,
/// through a damaged WAL header with frames behind it).
#[cfg(test)]
fn would_drop_commits(wal: &[u8]) -> bool {
    replayable(wal).is_none()
}

/// How many frames SQLite will replay from `wal`, or `None` if it would drop committed
/// ones (a break with a commit of the same generation behind it, or a damaged log
/// header with frames behind it).
fn replayable(wal: &[u8]) -> Option<u32> {
    let Some(header) = wal.get(..HEADER_LEN) else {
        return Some(0);
    };
    let word = |bytes: &[u8], at: usize| -> u32 {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_be_bytes)
    };
    let magic = word(header, 0);
    let page_size = word(header, 8);
    let damaged_header = if wal.len() > HEADER_LEN {
        None
    } else {
        Some(0)
    };
    let big_endian = match magic {
        MAGIC_LE => false,
        MAGIC_BE => true,
        _ => return damaged_header,
    };
    let page_ok = (512..=65_536).contains(&page_size) && page_size.is_power_of_two();
    if word(header, 4) != VERSION || !page_ok {
        return damaged_header;
    }
    let sum = checksum(big_endian, (0, 0), &header[..24]);
    if sum != (word(header, 24), word(header, 28)) {
        return damaged_header;
    }
    let salts = (word(header, 16), word(header, 20));
    let frame_len = FRAME_HEADER_LEN + page_size as usize;
    let frames = wal[HEADER_LEN..].chunks_exact(frame_len);
    let mut running = sum;
    let mut broken = false;
    // SQLite replays up to the last commit frame of the unbroken chain.
    let mut replayed = 0u32;
    let mut seen = 0u32;
    for frame in frames {
        let same_generation = (word(frame, 8), word(frame, 12)) == salts;
        let commit = word(frame, 4) != 0;
        if broken {
            if same_generation && commit {
                return None;
            }
            continue;
        }
        let next = checksum(
            big_endian,
            checksum(big_endian, running, &frame[..8]),
            &frame[FRAME_HEADER_LEN..],
        );
        let valid =
            same_generation && word(frame, 0) != 0 && next == (word(frame, 16), word(frame, 20));
        if valid {
            running = next;
            seen = seen.saturating_add(1);
            if commit {
                replayed = seen;
            }
        } else {
            broken = true;
        }
    }
    Some(replayed)
}

/// SQLite's WAL checksum: pairs of 32-bit words, Fibonacci-weighted, in the byte order
/// the magic number names.
fn checksum(big_endian: bool, (mut s1, mut s2): (u32, u32), bytes: &[u8]) -> (u32, u32) {
    for pair in bytes.chunks_exact(8) {
        let read = |b: &[u8]| {
            let b: [u8; 4] = b.try_into().unwrap_or([0; 4]);
            if big_endian {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        };
        s1 = s1.wrapping_add(read(&pair[..4])).wrapping_add(s2);
        s2 = s2.wrapping_add(read(&pair[4..])).wrapping_add(s1);
    }
    (s1, s2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: usize = 512;

    /// A WAL as SQLite writes it: `frames` of (page number, commit size).
    fn wal(frames: &[(u32, u32)]) -> Vec<u8> {
        let mut out = Vec::new();
        for n in [MAGIC_LE, VERSION, PAGE as u32, 0, 0xabcd, 0x1234] {
            out.extend_from_slice(&n.to_be_bytes());
        }
        let mut sum = checksum(false, (0, 0), &out);
        out.extend_from_slice(&sum.0.to_be_bytes());
        out.extend_from_slice(&sum.1.to_be_bytes());
        for (i, (page, commit)) in frames.iter().enumerate() {
            let mut frame = Vec::new();
            for n in [*page, *commit, 0xabcd, 0x1234] {
                frame.extend_from_slice(&n.to_be_bytes());
            }
            let body: Vec<u8> = (0..PAGE).map(|b| (b * 7 + i) as u8).collect();
            sum = checksum(false, checksum(false, sum, &frame[..8]), &body);
            frame.extend_from_slice(&sum.0.to_be_bytes());
            frame.extend_from_slice(&sum.1.to_be_bytes());
            frame.extend_from_slice(&body);
            out.extend_from_slice(&frame);
        }
        out
    }

    fn frame_at(i: usize) -> usize {
        HEADER_LEN + i * (FRAME_HEADER_LEN + PAGE)
    }

    #[test]
    fn an_intact_or_empty_log_drops_nothing() {
        assert!(!would_drop_commits(&[]));
        assert!(!would_drop_commits(&wal(&[])));
        assert!(!would_drop_commits(&wal(&[(1, 0), (2, 2), (3, 3)])));
    }

    #[test]
    fn a_torn_last_transaction_drops_no_commit() {
        // Frames 3 and 4 belong to a transaction that never committed; 3 is damaged.
        let mut log = wal(&[(1, 0), (2, 2), (3, 0), (4, 0)]);
        log[frame_at(2) + FRAME_HEADER_LEN + 10] ^= 1;
        assert!(!would_drop_commits(&log));
        // Cut inside the last frame.
        let whole = wal(&[(1, 0), (2, 2), (3, 3)]);
        assert!(!would_drop_commits(&whole[..whole.len() - 100]));
    }

    #[test]
    fn a_break_before_a_commit_is_noticed() {
        let mut log = wal(&[(1, 1), (2, 0), (3, 3)]);
        log[frame_at(0) + FRAME_HEADER_LEN + 1] ^= 0x10;
        assert!(would_drop_commits(&log));
        let mut log = wal(&[(1, 1), (2, 0), (3, 3)]);
        log[frame_at(1) + 20] ^= 1; // the stored checksum itself
        assert!(would_drop_commits(&log));
    }

    #[test]
    fn a_damaged_log_header_with_frames_is_noticed() {
        let mut log = wal(&[(1, 1)]);
        log[25] ^= 1;
        assert!(would_drop_commits(&log));
        let mut header_only = wal(&[]);
        header_only[25] ^= 1;
        assert!(!would_drop_commits(&header_only));
    }

    /// A wal-index header as SQLite writes it for `log` with `max_frame` committed.
    fn shm(log: &[u8], max_frame: u32) -> Vec<u8> {
        let mut first = Vec::new();
        for n in [VERSION, 0, 7] {
            first.extend_from_slice(&n.to_ne_bytes());
        }
        first.extend_from_slice(&[1, 0]);
        first.extend_from_slice(&(PAGE as u16).to_ne_bytes());
        for n in [max_frame, 3, 0, 0] {
            first.extend_from_slice(&n.to_ne_bytes());
        }
        first.extend_from_slice(&log[16..24]);
        let sum = checksum(cfg!(target_endian = "big"), (0, 0), &first);
        first.extend_from_slice(&sum.0.to_ne_bytes());
        first.extend_from_slice(&sum.1.to_ne_bytes());
        let mut out = first.clone();
        out.extend_from_slice(&first);
        out.resize(32 * 1024, 0);
        out
    }

    #[test]
    fn the_writers_index_reveals_a_cut_or_foreign_log() {
        let log = wal(&[(1, 0), (2, 2), (3, 3)]);
        let index = shm(&log, 3);
        assert_eq!(inspect(Some(&log), Some(&index)), LogState::Intact);
        assert_eq!(inspect(Some(&log), None), LogState::Intact);
        // The last commit cut off: nothing behind the cut shows it, the index does.
        let cut = &log[..frame_at(2)];
        assert_eq!(inspect(Some(cut), None), LogState::Intact);
        assert_eq!(inspect(Some(cut), Some(&index)), LogState::DropsCommits);
        // The log gone while the writer had committed frames in it.
        assert_eq!(inspect(None, Some(&index)), LogState::DropsCommits);
        assert_eq!(inspect(None, None), LogState::Intact);
        // Another log in its place: other salts.
        let mut other = log.clone();
        other[16] ^= 1;
        assert_eq!(inspect(Some(&other), Some(&index)), LogState::NotOurs);
        // A damaged index is no evidence either way.
        let mut damaged = index.clone();
        damaged[16] ^= 1;
        assert_eq!(inspect(Some(cut), Some(&damaged)), LogState::Intact);
    }

    #[test]
    fn frames_of_an_older_generation_behind_a_break_are_not_commits_lost() {
        let mut log = wal(&[(1, 1), (2, 2)]);
        // Frame 2 rewritten as a leftover of an older generation: other salts.
        let at = frame_at(1);
        log[at + 8..at + 12].copy_from_slice(&0x9999u32.to_be_bytes());
        log[frame_at(0) + FRAME_HEADER_LEN] ^= 1;
        assert!(!would_drop_commits(&log));
    }
}
