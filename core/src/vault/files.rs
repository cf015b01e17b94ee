//! The files the vault owns in its directory: durable replacement, private
//! permissions, deletion.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// The encrypted database.
pub(crate) const DB: &str = "vault.db";
/// A new vault's database until its header is durable.
pub(crate) const DB_NEW: &str = "vault.db.new";
/// SQLite's write-ahead log of the database.
pub(crate) const WAL: &str = "vault.db-wal";
/// SQLite's index of the log (shared memory), left by the last writer.
pub(crate) const SHM: &str = "vault.db-shm";
/// The header's two slots: each write goes to the slot not holding the newest copy, so
/// a write cut short always leaves the previous header whole.
pub(crate) const HEADER_SLOTS: [&str; 2] = ["vault.header-a", "vault.header-b"];
/// What a WAL that SQLite would partly drop is copied to (with a number), for a report.
pub(crate) const KEPT_WAL_PREFIX: &str = "vault.db-wal.kept-";
/// Every file the vault may leave in its directory (besides kept WAL copies), for wipes
/// and tests.
pub(crate) const ALL: &[&str] = &[
    DB,
    WAL,
    SHM,
    "vault.db-journal",
    HEADER_SLOTS[0],
    HEADER_SLOTS[1],
    "vault.header-a.tmp",
    "vault.header-b.tmp",
    DB_NEW,
    "vault.db.new-wal",
    "vault.db.new-shm",
];

/// Removes what a new vault's creation cut short left: a database no header opens.
pub(crate) fn delete_new_db(dir: &Path) -> io::Result<()> {
    remove_present(dir, [DB_NEW, "vault.db.new-wal", "vault.db.new-shm"])
}

/// Removes the files `names` from `dir`; missing ones are fine.
fn remove_present<N: AsRef<Path>>(
    dir: &Path,
    names: impl IntoIterator<Item = N>,
) -> io::Result<()> {
    for name in names {
        match fs::remove_file(dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Creates `dir` (and its parents) if missing; on Unix the vault's own directory is
/// readable by the app's user only.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if !dir.is_dir() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

/// The vault directory's exclusive lock: one process at a time may use a vault.
pub(crate) enum DirLock {
    /// Taken; released when the file (`None` where locks are not supported) is dropped.
    Held(Option<File>),
    /// Another process (or another open vault in this one) holds it.
    Elsewhere,
}

/// Takes the exclusive lock of `dir` itself (`flock` on the directory, so there is no
/// lock file to delete or leave behind), without waiting.
pub(crate) fn lock_dir(dir: &Path) -> io::Result<DirLock> {
    #[cfg(unix)]
    {
        let file = File::open(dir)?;
        match file.try_lock() {
            Ok(()) => Ok(DirLock::Held(Some(file))),
            Err(fs::TryLockError::WouldBlock) => Ok(DirLock::Elsewhere),
            // A file system without locks: nothing to hold, nothing to refuse.
            Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                Ok(DirLock::Held(None))
            }
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(DirLock::Held(None))
    }
}

/// Options for a new file only the app's user may read (0600 on Unix).
fn private_file() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates an empty private file at `path` if there is none, so that SQLite opens a
/// file with the app-only permissions (its WAL and shm files copy them).
pub(crate) fn create_private_file(path: &Path) -> io::Result<()> {
    match private_file().create_new(true).open(path) {
        Ok(file) => file.sync_all(),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Replaces `dir/name` with `bytes` so that a crash leaves either the old or the new
/// content: private temp file in the same directory, fsync, rename, fsync the directory.
pub(crate) fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let mut file = private_file().create(true).truncate(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    crash_point();
    fs::rename(&tmp, dir.join(name))?;
    crash_point();
    sync_dir(dir)?;
    crash_point();
    Ok(())
}

/// Makes a rename or deletion in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Writes `bytes` to a new private file `to` and syncs it; `to` must not exist.
pub(crate) fn write_private_new(to: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = private_file().create_new(true).open(to)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    crash_point();
    Ok(())
}

/// Overwrites a file in place with random bytes of the same length and syncs it, so the
/// old content is not merely unlinked. Missing files are fine.
pub(crate) fn overwrite_with_random(path: &Path) -> io::Result<()> {
    let len = match fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let mut noise = vec![0u8; usize::try_from(len).unwrap_or(4096).max(1)];
    getrandom::fill(&mut noise).map_err(|_| io::Error::other("random generator failed"))?;
    let mut file = OpenOptions::new().write(true).open(path)?;
    file.write_all(&noise)?;
    file.sync_all()?;
    crash_point();
    Ok(())
}

/// The file `name` in `dir`, or `None` if it is missing.
pub(crate) fn read_present(dir: &Path, name: &str) -> io::Result<Option<Vec<u8>>> {
    match fs::read(dir.join(name)) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Removes the database's log and its index (a copy of the log is kept first by the
/// caller); missing files are fine.
pub(crate) fn remove_log(dir: &Path) -> io::Result<()> {
    remove_present(dir, [WAL, SHM])?;
    sync_dir(dir)?;
    crash_point();
    Ok(())
}

/// Deletes every vault file in `dir`, kept WAL copies included; missing files are fine.
pub(crate) fn delete_all(dir: &Path) -> io::Result<()> {
    let kept = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.starts_with(KEPT_WAL_PREFIX))
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    remove_present(
        dir,
        ALL.iter().copied().chain(kept.iter().map(String::as_str)),
    )?;
    sync_dir(dir)?;
    crash_point();
    Ok(())
}

/// The moment after a durable step (an fsync, a rename). With the `testing` feature, a
/// test process can be told to stop dead at the n-th such moment, as a killed app
/// would: `SIGNALENKAART_ABORT_AT_CRASH_POINT=n`. Without the feature it is nothing.
#[inline]
pub(crate) fn crash_point() {
    #[cfg(feature = "testing")]
    crash_points::reached();
}

/// Counting the durable steps, for tests that abort a process at each (the `testing`
/// feature only).
#[cfg(feature = "testing")]
pub mod crash_points {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// The environment variable naming the crash point to abort at (1 is the first).
    pub const ENV: &str = "SIGNALENKAART_ABORT_AT_CRASH_POINT";
    static REACHED: AtomicU64 = AtomicU64::new(0);
    static ABORT_AT: OnceLock<Option<u64>> = OnceLock::new();

    pub(super) fn reached() {
        let n = REACHED.fetch_add(1, Ordering::SeqCst) + 1;
        let at = ABORT_AT.get_or_init(|| std::env::var(ENV).ok()?.parse().ok());
        if *at == Some(n) {
            // No unwinding and no destructors (SQLite is not closed, nothing is
            // checkpointed): as sudden as a SIGKILL for the vault, without a core dump.
            std::process::exit(EXIT_CODE);
        }
    }

    /// The exit code of a process stopped at its crash point.
    pub const EXIT_CODE: i32 = 86;

    /// How many crash points this process has passed.
    pub fn passed() -> u64 {
        REACHED.load(Ordering::SeqCst)
    }
}
