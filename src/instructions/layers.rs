//! Finding and reading the layers of a project: `<root>/core/*.md` for every project,
//! `<root>/meta/*.md` for the project named `meta`, and `<project>/.claude-specific/*.md`.
//! Within a layer, files go in byte order of their names; dot-files are skipped like a
//! shell glob skips them. The project layer must stay inside the project folder: a
//! `.claude-specific` (or a file in it) that resolves elsewhere is refused.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::header::sha256_hex;
use crate::core::error::{Error, Result};

pub const PROJECT_DIR: &str = ".claude-specific";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Core,
    Meta,
    Project,
}

/// One layer file, read and hashed.
#[derive(Debug, Clone)]
pub struct Source {
    pub layer: Layer,
    /// How the header and markers name it: `core/10-style.md`, `.claude-specific/x.md`.
    pub label: String,
    pub path: PathBuf,
    pub text: String,
    pub sha256: String,
}

/// The layers every project shares, read once per command: `core/` for all, `meta/` for
/// the project named `meta`. A broken shared file fails each project that uses it.
#[derive(Debug, Clone)]
pub struct Shared {
    core: Result<Vec<Source>>,
    meta: Result<Vec<Source>>,
}

impl Shared {
    pub fn load(root: &Path) -> Shared {
        let read = |name: &str, layer: Layer| {
            let mut out = Vec::new();
            read_layer(&root.join(name), layer, name, None, &mut out).map(|()| out)
        };
        Shared {
            core: read("core", Layer::Core),
            meta: read("meta", Layer::Meta),
        }
    }
}

/// Every source of `project` (whose folder is `folder`), in build order.
pub fn collect(shared: &Shared, project: &str, folder: &Path) -> Result<Vec<Source>> {
    let mut sources = shared.core.clone()?;
    if project == "meta" {
        sources.extend(shared.meta.clone()?);
    }
    let own = folder.join(PROJECT_DIR);
    if std::fs::symlink_metadata(&own).is_ok() {
        let inside = std::fs::canonicalize(folder).map_err(|e| Error::io("resolve", folder, e))?;
        let real = std::fs::canonicalize(&own).map_err(|e| Error::io("resolve", &own, e))?;
        if !real.starts_with(&inside) {
            return Err(outside(project, &own, &real));
        }
        if !real.is_dir() {
            return Err(Error::usage(format!("`{}` is not a folder", own.display()))
                .with_hint("the project's own layers are `*.md` files inside that folder"));
        }
        read_layer(
            &own,
            Layer::Project,
            PROJECT_DIR,
            Some((project, inside.as_path())),
            &mut sources,
        )?;
    }
    Ok(sources)
}

fn outside(project: &str, link: &Path, real: &Path) -> Error {
    Error::conflict(format!(
        "`{}` of project `{project}` leads outside the project, to `{}`",
        link.display(),
        real.display()
    ))
    .with_hint(
        "a project's own layers must live inside its folder; replace the symlink with a folder",
    )
}

/// Reads the `*.md` files of one layer folder; a missing folder is an empty layer.
/// `confine`: the project and its real folder, when files must resolve inside it.
fn read_layer(
    dir: &Path,
    layer: Layer,
    prefix: &str,
    confine: Option<(&str, &Path)>,
    out: &mut Vec<Source>,
) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io("list", dir, e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("list", dir, e))?;
        let name = entry.file_name();
        let bytes = name.as_bytes();
        if bytes.starts_with(b".") || !bytes.ends_with(b".md") {
            continue;
        }
        let symlink = entry.file_type().map(|t| t.is_symlink()).unwrap_or(true);
        names.push((name, symlink));
    }
    names.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    for (name, symlink) in names {
        let path = dir.join(&name);
        // Follows symlinks: a link to a file is a file; folders named `x.md` are skipped.
        let meta = std::fs::metadata(&path).map_err(|e| Error::io("read", &path, e))?;
        if !meta.is_file() {
            continue;
        }
        // Only a symlink can lead out of a folder that is itself inside the project.
        if let Some((project, inside)) = confine.filter(|_| symlink) {
            let real = std::fs::canonicalize(&path).map_err(|e| Error::io("resolve", &path, e))?;
            if !real.starts_with(inside) {
                return Err(outside(project, &path, &real));
            }
        }
        let label = match name.to_str() {
            Some(n) if !n.contains("-->") && !n.chars().any(char::is_control) => {
                format!("{prefix}/{n}")
            }
            _ => {
                return Err(Error::usage(format!(
                    "layer file name `{}` cannot be listed in the header",
                    path.display()
                ))
                .with_hint("rename it to plain UTF-8 without `-->` or control characters"))
            }
        };
        let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &path, e))?;
        let sha256 = sha256_hex(&bytes);
        let text = String::from_utf8(bytes).map_err(|e| {
            Error::usage(format!(
                "`{}` is not UTF-8 text (invalid byte at offset {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ))
            .with_hint("layer files are Markdown; convert it with `iconv -t UTF-8`")
        })?;
        out.push(Source {
            layer,
            label,
            path,
            text,
            sha256,
        });
    }
    Ok(())
}
