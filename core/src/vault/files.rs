//! The files the vault owns in its directory, durable replacement and deletion.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// The encrypted database.
pub(crate) const DB: &str = "vault.db";
/// The header: wrapped data key, KDF parameters, attempt counter.
pub(crate) const HEADER: &str = "vault.header";
/// Every file the vault may leave in its directory, for wipes and tests.
pub(crate) const ALL: &[&str] = &[
    DB,
    "vault.db-wal",
    "vault.db-shm",
    "vault.db-journal",
    HEADER,
    "vault.header.tmp",
];

/// Replaces `dir/name` with `bytes` so that a crash leaves either the old or the new
/// content: temp file in the same directory, fsync, rename, fsync the directory.
pub(crate) fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, dir.join(name))?;
    sync_dir(dir)
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
    file.sync_all()
}

/// Deletes every vault file in `dir`; missing files are fine.
pub(crate) fn delete_all(dir: &Path) -> io::Result<()> {
    for name in ALL {
        match fs::remove_file(dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    sync_dir(dir)
}
