//! `meta project …`: the projects and their port ranges.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{outcome, Confirm, Outcome, Session};
use crate::core::error::Result;
use crate::project::{self, Change, PortRange, Project, ProjectDetail};

/// `project add`: register a project, or confirm it exists with these settings.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct AddRequest {
    pub name: String,
    /// The project's folder (stored canonical).
    pub path: Option<PathBuf>,
    /// Without one, the next free 1000-port block at or above 3000.
    pub range: Option<PortRange>,
    pub instructions_file: Option<String>,
}

/// A project and what the command did to it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ProjectChange {
    #[serde(flatten)]
    pub project: Project,
    pub change: Change,
}

pub fn add(
    session: &mut Session,
    req: &AddRequest,
    dry_run: bool,
) -> Result<Outcome<ProjectChange>> {
    let domain = project::AddRequest {
        name: &req.name,
        path: req.path.as_deref(),
        range: req.range,
        instructions_file: req.instructions_file.as_deref(),
    };
    let (project, change, steps) = project::add(session.state()?, &domain, dry_run)?;
    Ok(outcome(steps, dry_run, ProjectChange { project, change }))
}

/// `project rm`: remove a project; with `force`, what it owns goes with it.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct RemoveRequest {
    pub name: String,
    #[serde(default)]
    pub force: bool,
}

/// With `force` and unless `dry_run`, `confirm` is asked first when the project owns
/// anything.
pub fn remove(
    session: &mut Session,
    req: &RemoveRequest,
    dry_run: bool,
    confirm: Confirm,
) -> Result<Outcome<ProjectChange>> {
    if req.force && !dry_run {
        let owns = project::usage(session.state()?, &req.name)?;
        if !owns.is_empty() {
            confirm(&format!(
                "remove project `{}` and its {}",
                req.name,
                project::describe_usage(&owns)
            ))?;
        }
    }
    let (detail, change, steps) = project::remove(session.state()?, &req.name, req.force, dry_run)?;
    Ok(outcome(
        steps,
        dry_run,
        ProjectChange {
            project: detail.project,
            change,
        },
    ))
}

/// `project list`.
pub fn list(session: &mut Session) -> Result<Vec<Project>> {
    project::list(session.state()?)
}

/// `project show`.
pub fn show(session: &mut Session, name: &str) -> Result<ProjectDetail> {
    project::show(session.state()?, name)
}
