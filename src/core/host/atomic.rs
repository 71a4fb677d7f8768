//! Writes that a crash cannot tear: the new bytes go to a temp file in the same folder,
//! which is fsynced, given its mode, renamed over the target, and the folder fsynced.
//! A reader (or a SIGKILL at any moment) sees the old file or the new one, never a mix.
//!
//! A path that is a symlink stands for the file it points to: that file is read, written
//! (its temp file beside it, renamed over it) or removed, and the link stays a link; it is
//! never replaced by a regular file. [`resolve`] says where a link leads and refuses one
//! that leads out of `--root`.
//!
//! A temp file carries its writer's pid (`.NAME.PID.XXXXXX.meta-tmp`), so one left by a
//! writer that was killed before its rename is removed by the next write into that folder.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::core::error::{Error, Result};

/// The suffix of every temp file a write makes.
const TEMP_SUFFIX: &str = ".meta-tmp";

/// A temp file older than this is removed even when a process with its writer's pid runs:
/// that pid was reused (no write takes this long).
const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// How many links a path may go through before it is taken for a loop (the kernel's
/// `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// Where `path` really is: itself when it is not a symlink (or does not exist), else the
/// file at the end of its links (which may not exist yet: a dangling link's target is
/// created by a write). A link inside `root` whose target lies outside `root` is refused
/// (exit 4), as is a loop of links. A link outside `root` (a path given on the command
/// line) is followed wherever it leads.
pub fn resolve(path: &Path, root: &Path) -> Result<PathBuf> {
    let target = follow(path)?;
    if target == path {
        return Ok(target);
    }
    let root = real_location(root);
    // Where the link itself is: its folder made real (the link is not followed).
    let link = match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => real_location(dir).join(name),
        _ => path.to_path_buf(),
    };
    if link.starts_with(&root) && !target.starts_with(&root) {
        return Err(Error::conflict(format!(
            "`{}` is a symlink to `{}`, which is outside --root `{}`",
            path.display(),
            target.display(),
            root.display()
        ))
        .with_hint("point the link at a file inside --root, or replace it with the file itself"));
    }
    Ok(target)
}

/// The end of the chain of links from `path`, made real (folders' links resolved).
fn follow(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for hops in 0..=MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&current)
                    .map_err(|e| Error::io("read the link", &current, e))?;
                current = match current.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            Ok(_) => {
                return Ok(if hops == 0 {
                    current
                } else {
                    real_location(&current)
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(if hops == 0 {
                    current
                } else {
                    real_location(&current)
                })
            }
            Err(e) => return Err(Error::io("read", &current, e)),
        }
    }
    Err(Error::conflict(format!(
        "`{}` is a loop of symlinks",
        path.display()
    )))
}

/// `path` with its folders' links and `..` resolved as the kernel would: each part that
/// exists is made canonical before the next is added, so a `..` leaves the folder a link
/// led to; the parts that do not exist yet are added as they are.
fn real_location(path: &Path) -> PathBuf {
    let mut out = if path.is_absolute() {
        PathBuf::from("/")
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
    };
    for part in path.components() {
        match part {
            Component::Normal(name) => {
                out.push(name);
                if let Ok(real) = std::fs::canonicalize(&out) {
                    out = real;
                }
            }
            Component::ParentDir => {
                out.pop();
            }
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

/// Writes `bytes` to `path` atomically. `mode` `None` keeps the mode of the file being
/// replaced (0644 for a new one). An existing file's owner and group are kept when the
/// process may set them. A symlink is followed: its target is written, the link kept.
pub fn write_file(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<()> {
    let target = follow(path)?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create folder", dir, e))?;
    remove_stale_temp_files(dir);
    let old = std::fs::metadata(path).ok();
    let mode = mode
        .or(old.as_ref().map(|m| m.permissions().mode() & 0o7777))
        .unwrap_or(0o644);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.{}.", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| Error::io("create a temp file in", dir, e))?;
    let fail = |what: &str, e: std::io::Error| Error::io(what, path, e);
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(|e| fail("set the mode of", e))?;
    if let Some(old) = &old {
        use std::os::unix::fs::MetadataExt;
        // Only root can give a file away; for anyone else the new file is theirs anyway.
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(old.uid()), Some(old.gid()));
    }
    tmp.write_all(bytes).map_err(|e| fail("write", e))?;
    tmp.as_file().sync_all().map_err(|e| fail("sync", e))?;
    tmp.persist(path).map_err(|e| fail("replace", e.error))?;
    sync_dir(dir)
}

/// Removes a file and makes the removal durable. A file already gone is not an error. A
/// symlink is followed: its target is removed, the link kept (it undoes a write through a
/// dangling link).
pub fn remove_file(path: &Path) -> Result<()> {
    let target = follow(path)?;
    let path = target.as_path();
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io("remove", path, e)),
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => sync_dir(dir),
        _ => Ok(()),
    }
}

fn sync_dir(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io("sync folder", dir, e))
}

/// Removes the temp files in `dir` whose writer is gone: no process has its pid, or the
/// file is older than [`STALE_AFTER`] (its pid was reused). Best effort: a file that cannot
/// be removed stays for a later write.
fn remove_stale_temp_files(dir: &Path) {
    // Without /proc a writer cannot be told alive from gone: only age decides.
    let proc_mounted = Path::new("/proc/self").exists();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temp_file_writer) else {
            continue;
        };
        let alive = !proc_mounted || Path::new(&format!("/proc/{pid}")).exists();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if !alive || old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The pid of the writer of a temp file named `.NAME.PID.XXXXXX.meta-tmp`, or `None` for
/// any other name.
fn temp_file_writer(name: &str) -> Option<u32> {
    let stem = name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let (rest, random) = stem.rsplit_once('.')?;
    let (target, pid) = rest.rsplit_once('.')?;
    if target.is_empty() || random.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Reads a file that may not exist yet (a dangling symlink is a file that does not exist
/// yet).
pub fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io("read", path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_mode_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/file.conf");
        write_file(&p, b"one", Some(0o600)).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        write_file(&p, b"two", None).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let leftovers: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
        remove_file(&p).unwrap();
        remove_file(&p).unwrap();
        assert!(read_optional(&p).unwrap().is_none());
    }

    #[test]
    fn temp_file_names_carry_their_writer() {
        assert_eq!(
            temp_file_writer(".config.yml.4242.aB3xYz.meta-tmp"),
            Some(4242)
        );
        assert_eq!(temp_file_writer(".a.1.x.meta-tmp"), Some(1));
        // The naming before the pid was added, and other files, are not ours to remove.
        assert_eq!(temp_file_writer(".config.yml.aB3xYz.meta-tmp"), None);
        assert_eq!(temp_file_writer("config.yml.4242.aB3xYz.meta-tmp"), None);
        assert_eq!(temp_file_writer(".4242.aB3xYz.meta-tmp"), None);
        assert_eq!(temp_file_writer(".config.yml.4242.aB3xYz"), None);
    }

    #[test]
    fn a_write_removes_temp_files_of_dead_writers_only() {
        let dir = tempfile::tempdir().unwrap();
        // No process has a pid above the kernel's limit (2^22).
        let dead = ".x.4194305.aaaaaa.meta-tmp";
        let live = format!(".x.{}.bbbbbb.meta-tmp", std::process::id());
        let other = ".x.cccccc.meta-tmp";
        for name in [dead, &live, other] {
            std::fs::write(dir.path().join(name), "half").unwrap();
        }
        write_file(&dir.path().join("y"), b"y", None).unwrap();
        assert!(!dir.path().join(dead).exists());
        assert!(dir.path().join(&live).exists());
        assert!(dir.path().join(other).exists());
    }

    #[test]
    fn a_link_is_written_at_its_target_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let target = root.join("sites-available/site");
        let link = root.join("sites-enabled/site");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink("../sites-available/site", &link).unwrap();
        let real_target = std::fs::canonicalize(&target).unwrap();
        assert_eq!(resolve(&link, &root).unwrap(), real_target);
        assert_eq!(resolve(&target, &root).unwrap(), target);
        write_file(&link, b"new", None).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        remove_file(&link).unwrap();
        assert!(!target.exists());
        assert!(read_optional(&link).unwrap().is_none());

        // Out of the root: refused there, followed when the root is `/`.
        let outside = dir.path().join("outside");
        let escape = root.join("escape");
        std::os::unix::fs::symlink(&outside, &escape).unwrap();
        let err = resolve(&escape, &root).unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Conflict);
        assert!(err.message.contains("outside --root"), "{}", err.message);
        assert!(resolve(&escape, Path::new("/")).is_ok());

        // `..` after a folder that is a link leaves the folder it leads to, as in the kernel.
        let elsewhere = dir.path().join("elsewhere/deep");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("via")).unwrap();
        std::os::unix::fs::symlink("via/../new.conf", root.join("dotdot")).unwrap();
        let err = resolve(&root.join("dotdot"), &root).unwrap_err();
        assert!(
            err.message.contains("elsewhere/new.conf"),
            "{}",
            err.message
        );

        // A loop is refused, not followed for ever.
        std::os::unix::fs::symlink(root.join("b"), root.join("a")).unwrap();
        std::os::unix::fs::symlink(root.join("a"), root.join("b")).unwrap();
        assert!(resolve(&root.join("a"), &root).is_err());
    }
}
