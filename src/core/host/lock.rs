//! The host lock: one plan applies at a time per home. An advisory lock on `apply.lock` in
//! the home folder, which the kernel drops when its holder dies, so a dead holder is never
//! waited on; the file names the holder (pid, process start, command, time) so a waiting
//! command can say who it waits for, and a taker can tell that the last holder died
//! without letting go.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::core::error::{Error, Result};

pub const FILE_NAME: &str = "apply.lock";

/// Who holds (or last held) the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Holder {
    pub pid: u32,
    /// The holder's start time in clock ticks since boot (`/proc/PID/stat`), which tells a
    /// live holder from a later process that reused its pid.
    pub process_start: u64,
    pub command: String,
    pub since: String,
}

impl Holder {
    fn parse(text: &str) -> Option<Holder> {
        let mut lines = text.lines();
        let mut head = lines.next()?.split_whitespace();
        Some(Holder {
            pid: head.next()?.parse().ok()?,
            process_start: head.next()?.parse().ok()?,
            since: head.next()?.to_string(),
            command: lines.next().unwrap_or_default().to_string(),
        })
    }

    fn render(&self) -> String {
        format!(
            "{} {} {}\n{}\n",
            self.pid, self.process_start, self.since, self.command
        )
    }

    /// True while the process that wrote this is still running.
    pub fn is_alive(&self) -> bool {
        process_start(self.pid) == Some(self.process_start)
    }

    pub fn describe(&self) -> String {
        format!(
            "pid {} (`{}`, since {})",
            self.pid, self.command, self.since
        )
    }
}

/// A held host lock; dropping it lets go.
#[derive(Debug)]
pub struct HostLock {
    file: File,
    path: PathBuf,
    /// The holder before this one, when it died holding the lock.
    pub took_over: Option<Holder>,
}

impl HostLock {
    /// Takes the lock of `home`, waiting up to `wait` for a live holder (exit 7 after).
    pub fn acquire(home: &Path, command: &str, wait: Duration) -> Result<HostLock> {
        use std::os::unix::fs::OpenOptionsExt;
        let path = home.join(FILE_NAME);
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::io("open the host lock", &path, e))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) => {
                    if started.elapsed() >= wait {
                        let holder = read_holder(&mut file);
                        let who = holder
                            .map(|h| h.describe())
                            .unwrap_or_else(|| "another meta".to_string());
                        return Err(Error::busy(format!(
                            "another plan is being applied on this host by {who}"
                        ))
                        .with_hint(
                            "wait for it to finish, or raise META_LOCK_TIMEOUT (seconds); `meta recover --dry-run` shows the holder",
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::io("lock", &path, e));
                }
            }
        }
        // Whoever left a name in the file without clearing it died holding the lock.
        let took_over = read_holder(&mut file).filter(|h| !h.is_alive());
        let pid = std::process::id();
        let me = Holder {
            pid,
            process_start: process_start(pid).unwrap_or(0),
            command: command.replace(['\n', '\r'], " "),
            since: crate::core::state::now(),
        };
        file.set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(me.render().as_bytes()))
            .and_then(|()| file.sync_data())
            .map_err(|e| Error::io("write", &path, e))?;
        Ok(HostLock {
            file,
            path,
            took_over,
        })
    }
}

impl Drop for HostLock {
    fn drop(&mut self) {
        // An empty file says the last holder let go cleanly; the kernel lock goes with the
        // file handle.
        let _ = self.file.set_len(0);
        let _ = &self.path;
    }
}

/// The holder named in the lock file of `home`, and whether it is alive.
pub fn holder(home: &Path) -> Option<(Holder, bool)> {
    let mut file = File::open(home.join(FILE_NAME)).ok()?;
    let h = read_holder(&mut file)?;
    let alive = h.is_alive();
    Some((h, alive))
}

fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(4096).read_to_string(&mut text).ok()?;
    Holder::parse(&text)
}

/// A process's start time in clock ticks since boot, field 22 of `/proc/PID/stat`.
fn process_start(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: count from the last `)`.
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_process_is_alive_and_round_trips() {
        let pid = std::process::id();
        let h = Holder {
            pid,
            process_start: process_start(pid).unwrap(),
            command: "tunnel sync".into(),
            since: "2026-01-01T00:00:00Z".into(),
        };
        assert!(h.is_alive());
        assert_eq!(Holder::parse(&h.render()), Some(h));
    }

    #[test]
    fn a_second_taker_waits_then_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let _first = HostLock::acquire(dir.path(), "one", Duration::ZERO).unwrap();
        // A second open file description in the same process conflicts like another process.
        let err = HostLock::acquire(dir.path(), "two", Duration::from_millis(100)).unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Busy);
        assert!(err.message.contains("`one`"), "{}", err.message);
    }

    #[test]
    fn a_dead_holders_name_is_reported_as_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let dead = Holder {
            pid: u32::MAX - 1,
            process_start: 1,
            command: "dns sync".into(),
            since: "2026-01-01T00:00:00Z".into(),
        };
        std::fs::write(dir.path().join(FILE_NAME), dead.render()).unwrap();
        let lock = HostLock::acquire(dir.path(), "x", Duration::ZERO).unwrap();
        assert_eq!(lock.took_over, Some(dead));
    }
}
