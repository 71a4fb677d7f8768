//! The project registry every other command shares: a name, an optional folder, and the
//! port range its services draw from. Ranges never overlap.

pub mod range;

use std::path::Path;

use serde::Serialize;

use crate::core::error::{Error, Result};
use crate::core::host::canonical_path;
use crate::core::plan::StepView;
use crate::core::state::{self, ProjectRow, ProjectUsage, State};
pub use range::PortRange;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Project {
    pub name: String,
    pub path: Option<String>,
    pub range: PortRange,
    pub instructions_file: Option<String>,
    pub created: String,
}

impl From<ProjectRow> for Project {
    fn from(r: ProjectRow) -> Self {
        Project {
            name: r.name,
            path: r.path,
            range: PortRange {
                start: r.range_start,
                end: r.range_end,
            },
            instructions_file: r.instructions_file,
            created: r.created,
        }
    }
}

#[derive(Debug, Clone)]
pub struct AddRequest<'a> {
    pub name: &'a str,
    pub path: Option<&'a Path>,
    pub range: Option<PortRange>,
    pub instructions_file: Option<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Created,
    Unchanged,
    Removed,
}

/// The rule for names that end up in unit names, folders and DNS labels (projects,
/// services): 1 to 63 of a-z, 0-9, `-` and `_`, starting with a letter or digit.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && name.as_bytes()[0].is_ascii_alphanumeric()
}

/// Project names end up in unit names, folders and DNS labels, so they stay plain.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = is_plain_name(name);
    if ok {
        Ok(())
    } else {
        Err(
            Error::usage(format!("`{name}` is not a valid project name")).with_hint(
                "use 1 to 63 characters of a-z, 0-9, `-` and `_`, starting with a letter or digit",
            ),
        )
    }
}

/// Refuses a folder path that holds a control character (a newline, ESC, …). Such a path
/// lands verbatim in generated files (`{{project.path}}` in `CLAUDE.md`), in nginx and
/// systemd units and in tables, where a newline starts a new line of content.
pub use crate::core::host::validate_path;

fn validate_instructions_file(name: &str) -> Result<()> {
    if name.is_empty() || name.contains('/') || name == "." || name == ".." || name.contains('\0') {
        return Err(Error::usage(format!("`{name}` is not a file name"))
            .with_hint("give a plain file name inside the project folder, e.g. `AGENTS.md`"));
    }
    Ok(())
}

/// Adds a project, or confirms it is already there with the same settings.
pub fn add(
    state: &mut State,
    req: &AddRequest,
    dry_run: bool,
) -> Result<(Project, Change, Vec<StepView>)> {
    validate_name(req.name)?;
    if let Some(f) = req.instructions_file {
        validate_instructions_file(f)?;
    }
    if let Some(p) = req.path {
        validate_path(p)?;
    }
    let path = req
        .path
        .map(|p| canonical_path(p).map(|p| p.display().to_string()))
        .transpose()?;
    let ((project, change), steps) = state.change(dry_run, |tx, steps| {
        let existing = tx.project_get(req.name)?;
        // Every other project's range, read once: the clash check and the next free
        // block both need it.
        let others: Vec<(String, PortRange)> = tx
            .project_list()?
            .into_iter()
            .filter(|p| p.name != req.name)
            .map(|p| {
                let range = PortRange {
                    start: p.range_start,
                    end: p.range_end,
                };
                (p.name, range)
            })
            .collect();
        if let Some(row) = existing {
            let current = Project::from(row);
            let same = req.range.is_none_or(|r| r == current.range)
                && (path.is_none() || path == current.path)
                && (req.instructions_file.is_none()
                    || req.instructions_file.map(str::to_string) == current.instructions_file);
            if same {
                return Ok((current, Change::Unchanged));
            }
            return Err(Error::conflict(format!(
                "project `{}` already exists with other settings (range {}, path {})",
                current.name,
                current.range,
                current.path.as_deref().unwrap_or("none")
            ))
            .with_hint(format!(
                "`meta project show {}` shows it; remove it first to change its range",
                current.name
            )));
        }
        let range = match req.range {
            Some(r) => {
                if let Some((name, clash)) = others.iter().find(|(_, range)| range.overlaps(&r)) {
                    return Err(Error::conflict(format!(
                        "range {r} overlaps project `{name}` ({}-{})",
                        clash.start, clash.end
                    ))
                    .with_hint("pick a range no project uses; `meta project list` shows them"));
                }
                r
            }
            None => {
                let taken: Vec<PortRange> = others.iter().map(|(_, range)| *range).collect();
                PortRange::next_free_block(&taken).ok_or_else(|| {
                    Error::conflict("no free block of 1000 ports is left between 3000 and 65535")
                        .with_hint("give a smaller range with `--range START-END`")
                })?
            }
        };
        let row = ProjectRow {
            name: req.name.to_string(),
            path: path.clone(),
            range_start: range.start,
            range_end: range.end,
            instructions_file: req.instructions_file.map(str::to_string),
            created: state::now(),
        };
        tx.project_insert(&row)?;
        steps.push(StepView::state(
            format!("project/{}", row.name),
            format!("add project `{}` with ports {range}", row.name),
        ));
        Ok((row.into(), Change::Created))
    })?;
    Ok((project, change, steps))
}

pub fn get(state: &mut State, name: &str) -> Result<Project> {
    state.read(|tx| find(tx, name))
}

fn find(tx: &state::Tx, name: &str) -> Result<Project> {
    tx.project_get(name)?
        .map(Project::from)
        .ok_or_else(|| not_found(name))
}

pub fn not_found(name: &str) -> Error {
    Error::not_found(format!("no project named `{name}`"))
        .with_hint("`meta project list` shows the projects; `meta project add NAME` adds one")
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ProjectDetail {
    #[serde(flatten)]
    pub project: Project,
    pub owns: ProjectUsage,
}

pub fn list(state: &mut State) -> Result<Vec<Project>> {
    state.read(|tx| Ok(tx.project_list()?.into_iter().map(Project::from).collect()))
}

pub fn show(state: &mut State, name: &str) -> Result<ProjectDetail> {
    state.read(|tx| {
        let project = find(tx, name)?;
        let owns = tx.project_usage(name)?;
        Ok(ProjectDetail { project, owns })
    })
}

/// What a project owns, so the caller can ask before `--force` removes it all.
pub fn usage(state: &mut State, name: &str) -> Result<ProjectUsage> {
    state.read(|tx| {
        find(tx, name)?;
        tx.project_usage(name)
    })
}

/// Removes a project. While it owns anything this is refused unless `force`, which
/// removes what it owns with it.
pub fn remove(
    state: &mut State,
    name: &str,
    force: bool,
    dry_run: bool,
) -> Result<(ProjectDetail, Change, Vec<StepView>)> {
    let ((detail, change), steps) = state.change(dry_run, |tx, steps| {
        let project = find(tx, name)?;
        let owns = tx.project_usage(name)?;
        if !owns.is_empty() && !force {
            return Err(Error::conflict(format!(
                "project `{name}` still owns {}",
                describe_usage(&owns)
            ))
            .with_hint("release them first, or pass `--force` to remove them with the project"));
        }
        let detail = ProjectDetail { project, owns };
        tx.project_delete(name)?;
        let mut summary = format!("remove project `{name}`");
        if !detail.owns.is_empty() {
            summary.push_str(&format!(" and its {}", describe_usage(&detail.owns)));
        }
        steps.push(StepView::state(format!("project/{name}"), summary));
        Ok((detail, Change::Removed))
    })?;
    Ok((detail, change, steps))
}

pub fn describe_usage(u: &ProjectUsage) -> String {
    let mut parts = Vec::new();
    let mut part = |n: u32, one: &str, many: &str| {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    };
    part(u.allocations, "port allocation", "port allocations");
    part(u.deployments, "deployment", "deployments");
    part(u.dev_envs, "dev environment", "dev environments");
    parts.join(", ")
}
