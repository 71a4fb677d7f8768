//! Writes that a crash cannot tear: the new bytes go to a temp file in the same folder,
//! which is fsynced, given its mode, renamed over the target, and the folder fsynced.
//! A reader (or a SIGKILL at any moment) sees the old file or the new one, never a mix.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::core::error::{Error, Result};

/// Writes `bytes` to `path` atomically. `mode` `None` keeps the mode of the file being
/// replaced (0644 for a new one). An existing file's owner and group are kept when the
/// process may set them.
pub fn write_file(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create folder", dir, e))?;
    let old = std::fs::metadata(path).ok();
    let mode = mode
        .or(old.as_ref().map(|m| m.permissions().mode() & 0o7777))
        .unwrap_or(0o644);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".meta-tmp")
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

/// Removes a file and makes the removal durable. A file already gone is not an error.
pub fn remove_file(path: &Path) -> Result<()> {
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

/// Reads a file that may not exist yet.
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
}
