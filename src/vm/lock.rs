//! The per-VM lock that keeps two autoscale runs for one VM from overlapping.
//!
//! A non-blocking advisory lock ([`File::try_lock`], a `flock` on Linux) on
//! `<home>/locks/autoscale-<project>-<zone>-<name>.lock`, not a row in the state file: a
//! run holds it for minutes (stop, resize, start), which a SQLite write transaction must
//! not do, and the kernel drops the lock when its process dies, so a cron run killed
//! half-way leaves no stale lock to clear by hand.

use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::core::error::{Error, Result};

/// Held until dropped.
#[derive(Debug)]
pub struct VmLock {
    _file: File,
}

pub fn lock_path(home: &Path, project: &str, zone: &str, name: &str) -> PathBuf {
    home.join("locks")
        .join(format!("autoscale-{project}-{zone}-{name}.lock"))
}

/// Takes the lock or fails at once with exit 7.
pub fn try_lock(home: &Path, project: &str, zone: &str, name: &str) -> Result<VmLock> {
    let path = lock_path(home, project, zone, name);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create the lock folder", dir, e))?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| Error::io("open the lock file", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(VmLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(Error::busy(format!(
            "another autoscale run for VM `{name}` (project `{project}`, zone `{zone}`) is still going"
        ))
        .with_hint(format!("it holds `{}`; this run changed nothing", path.display()))),
        Err(TryLockError::Error(e)) => Err(Error::io("lock", &path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_busy_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = try_lock(dir.path(), "p", "z", "web").unwrap();
        let err = try_lock(dir.path(), "p", "z", "web").unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Busy);
        assert!(try_lock(dir.path(), "p", "z", "db").is_ok());
        drop(first);
        assert!(try_lock(dir.path(), "p", "z", "web").is_ok());
    }
}
