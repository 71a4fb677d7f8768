//! The machine `meta` manages: every host path goes through the `--root` prefix, files are
//! written atomically, shared files are edited only inside managed blocks, and outside
//! programs run from the binaries named in the config (or found on `PATH`), each within a
//! deadline (`timeout.<name>` in the config, else a minute), so a hung `systemctl` cannot
//! hang `meta` with it.

pub mod atomic;
pub mod block;
pub mod lock;
pub mod process;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use crate::core::error::{Error, Result};

pub use process::{parse_deadline, DEFAULT_DEADLINE};

#[derive(Debug, Clone)]
pub struct Host {
    root: PathBuf,
    /// Binaries set by config or environment, by short name (`systemctl`, `nginx`, …).
    bins: BTreeMap<String, PathBuf>,
    /// Deadlines set by config, by short name; the others get [`DEFAULT_DEADLINE`].
    deadlines: BTreeMap<String, Duration>,
}

impl Host {
    pub fn new(root: Option<PathBuf>, bins: BTreeMap<String, PathBuf>) -> Host {
        Host {
            root: root.unwrap_or_else(|| PathBuf::from("/")),
            bins,
            deadlines: BTreeMap::new(),
        }
    }

    /// The same host with deadlines for the binaries named, by short name.
    pub fn with_deadlines(mut self, deadlines: BTreeMap<String, Duration>) -> Host {
        self.deadlines = deadlines;
        self
    }

    /// How long `name` may run before it is killed.
    pub fn deadline(&self, name: &str) -> Duration {
        self.deadlines
            .get(name)
            .copied()
            .unwrap_or(DEFAULT_DEADLINE)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The real location of a host path (`/etc/nginx/…`) under `--root`. Relative paths and
    /// `..` cannot climb out of the root.
    pub fn path(&self, host_path: impl AsRef<Path>) -> PathBuf {
        let mut out = self.root.clone();
        for part in host_path.as_ref().components() {
            match part {
                Component::Normal(p) => out.push(p),
                Component::ParentDir => {
                    if out != self.root {
                        out.pop();
                    }
                }
                Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
            }
        }
        out
    }

    /// The file a real path stands for: itself, or the target of the symlink it is, when that
    /// target lies inside `--root` (exit 4 when it does not). Read and write the result, so a
    /// link (nginx's `sites-enabled` → `sites-available`) stays a link and nothing is read
    /// through a link that leads out of the root.
    pub fn file(&self, real_path: &Path) -> Result<PathBuf> {
        atomic::resolve(real_path, &self.root)
    }

    /// Where a binary is: the configured one, else the first match on `PATH`.
    pub fn bin(&self, name: &str) -> Result<PathBuf> {
        if let Some(path) = self.bins.get(name) {
            return Ok(path.clone());
        }
        find_on_path(name).ok_or_else(|| {
            Error::not_found(format!("`{name}` is not installed (not found on PATH)")).with_hint(
                format!("install it, or set its path with `meta config set bin.{name} PATH`"),
            )
        })
    }

    /// Runs a binary to completion within its deadline, capturing its output. A failure to
    /// start is an error, and so is running past the deadline (exit 6: the program and
    /// everything it started were killed); a non-zero exit is returned for the caller to
    /// judge.
    pub fn run<I, S>(&self, name: &str, args: I) -> Result<Output>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let bin = self.bin(name)?;
        let args: Vec<_> = args
            .into_iter()
            .map(|a| a.as_ref().to_os_string())
            .collect();
        let deadline = self.deadline(name);
        crate::core::output::debug(format!(
            "run {} (deadline {})",
            process::shown_command(&bin.display().to_string(), &args),
            process::show_deadline(deadline)
        ));
        process::run(name, &bin, &args, deadline)
    }

    /// Runs a binary and turns a non-zero exit into an error carrying its stderr.
    pub fn run_ok<I, S>(&self, name: &str, args: I) -> Result<Output>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let output = self.run(name, args)?;
        if output.status.success() {
            Ok(output)
        } else {
            Err(Error::failure(format!(
                "`{name}` failed ({}): {}",
                output.status,
                last_line(&output.stderr)
            )))
        }
    }
}

/// The last non-empty line a program printed, for a one-line error.
pub fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("no output")
        .trim()
        .to_string()
}

pub fn find_on_path(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    if name.contains('/') {
        return Some(PathBuf::from(name));
    }
    let path = crate::core::settings::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| {
            candidate
                .metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// Refuses a path that holds a control character (a newline, tab or escape): such a path
/// would land verbatim in generated files and break tables and messages.
pub fn validate_path(path: &Path) -> Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let text = String::from_utf8_lossy(path.as_os_str().as_bytes());
    if text.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "`{}` is not a usable path: it holds a control character",
            crate::core::output::escape_controls(&text)
        ))
        .with_hint("rename the folder so its path has no newline, tab or escape characters"));
    }
    Ok(())
}

/// A path made absolute against the working folder and cleaned of `.` and `..` without
/// touching the disk; symlinks are resolved when the path exists.
pub fn canonical_path(path: &Path) -> Result<PathBuf> {
    validate_path(path)?;
    if let Ok(real) = std::fs::canonicalize(path) {
        return Ok(real);
    }
    let base = if path.is_absolute() {
        PathBuf::from("/")
    } else {
        std::env::current_dir()
            .map_err(|e| Error::io("read the working folder", Path::new("."), e))?
    };
    let mut out = base;
    for part in path.components() {
        match part {
            Component::Normal(p) => out.push(p),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_under_root() {
        let host = Host::new(Some(PathBuf::from("/tmp/r")), BTreeMap::new());
        assert_eq!(
            host.path("/etc/nginx/x.conf"),
            PathBuf::from("/tmp/r/etc/nginx/x.conf")
        );
        assert_eq!(
            host.path("../../etc/passwd"),
            PathBuf::from("/tmp/r/etc/passwd")
        );
        assert_eq!(host.path("/etc/../../x"), PathBuf::from("/tmp/r/x"));
    }

    #[test]
    fn run_uses_the_deadline_of_its_binary() {
        let host = Host::new(
            None,
            BTreeMap::from([("sh".to_string(), PathBuf::from("/bin/sh"))]),
        )
        .with_deadlines(BTreeMap::from([(
            "sh".to_string(),
            Duration::from_millis(300),
        )]));
        assert_eq!(host.deadline("git"), DEFAULT_DEADLINE);
        let out = host.run("sh", ["-c", "echo hi"]).unwrap();
        assert_eq!(out.stdout, b"hi\n");
        let err = host
            .run("sh", ["-c", "echo starting; sleep 600"])
            .unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Validation);
        assert_eq!(
            err.message,
            "`sh -c echo starting; sleep 600` did not finish within 300 ms and was killed; its last output: starting"
        );
    }

    #[test]
    fn canonical_cleans_dots() {
        let p = canonical_path(Path::new("/nonexistent-meta/a/../b/./c")).unwrap();
        assert_eq!(p, PathBuf::from("/nonexistent-meta/b/c"));
    }
}
