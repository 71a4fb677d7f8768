//! The machine `meta` manages: every host path goes through the `--root` prefix, files are
//! written atomically, shared files are edited only inside managed blocks, and outside
//! programs run from the binaries named in the config (or found on `PATH`).

pub mod atomic;
pub mod block;
pub mod lock;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Output};

use crate::core::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct Host {
    root: PathBuf,
    /// Binaries set by config or environment, by short name (`systemctl`, `nginx`, …).
    bins: BTreeMap<String, PathBuf>,
}

impl Host {
    pub fn new(root: Option<PathBuf>, bins: BTreeMap<String, PathBuf>) -> Host {
        Host {
            root: root.unwrap_or_else(|| PathBuf::from("/")),
            bins,
        }
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

    /// Runs a binary to completion, capturing its output. A failure to start is an error;
    /// a non-zero exit is returned for the caller to judge.
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
        crate::core::output::debug(format!(
            "run {} {}",
            bin.display(),
            args.iter()
                .map(|a| a.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ")
        ));
        Command::new(&bin)
            .args(&args)
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| Error::io("run", &bin, e))
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

/// A path made absolute against the working folder and cleaned of `.` and `..` without
/// touching the disk; symlinks are resolved when the path exists.
pub fn canonical_path(path: &Path) -> Result<PathBuf> {
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
    fn canonical_cleans_dots() {
        let p = canonical_path(Path::new("/nonexistent-meta/a/../b/./c")).unwrap();
        assert_eq!(p, PathBuf::from("/nonexistent-meta/b/c"));
    }
}
