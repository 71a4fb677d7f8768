//! The per-VM lock that keeps two autoscale runs for one VM from overlapping.
//!
//! A non-blocking `flock` on `<home>/locks/autoscale-<project>-<zone>-<name>.lock`, not a
//! row in the state file: a run holds it for minutes (stop, resize, start), which a SQLite
//! write transaction must not do, and the kernel drops a flock when its process dies, so
//! a cron run killed half-way leaves no stale lock to clear by hand.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use crate::core::error::{Error, Result};

/// Held until dropped.
#[derive(Debug)]
pub struct VmLock {
    _file: File,
    pub path: PathBuf,
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
    // SAFETY: flock on a descriptor this function owns; no memory is shared with C.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc != 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
            return Err(Error::busy(format!(
                "another autoscale run for VM `{name}` (project `{project}`, zone `{zone}`) is still going"
            ))
            .with_hint(format!("it holds `{}`; this run changed nothing", path.display())));
        }
        return Err(Error::io("lock", &path, err));
    }
    Ok(VmLock { _file: file, path })
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
