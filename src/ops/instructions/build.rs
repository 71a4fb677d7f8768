//! `instructions build`: render every project named (or all of them), then check, plan or
//! apply one plan per project. A failing project does not stop the others; the outcome
//! carries each project's row, and [`Built::failure`] is the error the whole build ends with.

use serde::{Deserialize, Serialize};

use super::{load, RowError};
use crate::core::error::{Error, Kind, Result};
use crate::core::plan::{PlanView, StepView};
use crate::instructions::{self, Adoption, FileStatus, Mode};
use crate::ops::Session;

#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct BuildRequest {
    /// The projects to build, each once in the order given.
    pub projects: Vec<String>,
    /// Every project instead; those without a folder are skipped.
    pub all: bool,
    /// Write nothing; report each file's status (drift when any is not fresh).
    pub check: bool,
    /// What to do with a file edited by hand.
    pub mode: Mode,
    /// Plan only: the steps are returned, nothing is written.
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Written,
    Adopted,
    Unchanged,
    Checked,
    Skipped,
    Failed,
}

/// One project's outcome of `build`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct BuildRow {
    pub project: String,
    pub file: Option<String>,
    /// The file's status before the build.
    pub status: Option<FileStatus>,
    /// What the build did (with `dry_run`: what it would do).
    pub action: Action,
    /// What `--adopt` took from the hand-edited file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Adoption>,
    /// For a file edited by hand that the build refused: the hand edits, as a diff from
    /// the generated text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hand_edits: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RowError>,
}

/// What a build did, project by project.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Built {
    pub rows: Vec<BuildRow>,
    /// The steps of every project's plan, in order (with `dry_run`, what would be done).
    pub plan: PlanView,
    /// False for `dry_run` and `check`.
    pub applied: bool,
    /// With `check`: some file is stale, edited by hand or missing.
    pub drift: bool,
    /// Things worth telling: a dead holder's host lock taken over.
    pub notes: Vec<String>,
    #[serde(skip)]
    errors: Vec<(String, Error)>,
    /// Several projects (or `all`): failures are summed up rather than returned alone.
    #[serde(skip)]
    many: bool,
    #[serde(skip)]
    check: bool,
}

impl Built {
    /// None when nothing failed; the lone error itself for one project; else a summary
    /// whose exit code is that of the most fundamental failure.
    pub fn failure(&self) -> Option<Error> {
        let (_, first) = self.errors.first()?;
        if !self.many {
            return Some(first.clone());
        }
        let total = self.rows.len();
        let kind =
            instructions::worst(self.errors.iter().map(|(_, e)| e.kind)).unwrap_or(Kind::Failure);
        let names: Vec<String> = self.errors.iter().map(|(p, _)| format!("`{p}`")).collect();
        let verb = if self.check { "checked" } else { "built" };
        Some(
            Error::new(
                kind,
                format!(
                    "{} of {total} projects failed: {}",
                    self.errors.len(),
                    names.join(", ")
                ),
            )
            .with_hint(if self.errors.len() < total {
                format!("the other projects were {verb}; the errors above say what to fix in each")
            } else {
                "the errors above say what to fix in each".to_string()
            }),
        )
    }

    /// True when the rows are reported one by one (several projects, or `all`).
    pub fn many(&self) -> bool {
        self.many
    }

    fn fail(&mut self, mut row: BuildRow, err: Error) {
        row.action = Action::Failed;
        row.error = Some(RowError::from(&err));
        self.errors.push((row.project.clone(), err));
        self.rows.push(row);
    }
}

/// Builds (or checks, or plans) each project. `on_step` hears of each step as it starts.
pub fn run(
    session: &mut Session,
    req: BuildRequest,
    mut on_step: Option<&mut dyn FnMut(&StepView)>,
) -> Result<Built> {
    let loaded = load(session, &req.projects, req.all)?;
    let mut out = Built {
        rows: Vec::new(),
        plan: PlanView::default(),
        applied: !req.dry_run && !req.check,
        drift: false,
        notes: Vec::new(),
        errors: Vec::new(),
        many: loaded.targets.len() > 1 || req.all,
        check: req.check,
    };
    for target in &loaded.targets {
        let name = target.project.name.clone();
        let mut row = BuildRow {
            project: name.clone(),
            file: instructions::file_of(&target.project).map(|f| f.display().to_string()),
            status: None,
            action: Action::Failed,
            adopted: None,
            hand_edits: None,
            error: None,
        };
        if req.all && !instructions::has_folder(target) {
            row.action = Action::Skipped;
            out.rows.push(row);
            continue;
        }
        let rendered = match instructions::render(&loaded.settings, &loaded.shared, target) {
            Ok(r) => r,
            Err(e) => {
                out.fail(row, e);
                continue;
            }
        };
        row.file = Some(rendered.shown());
        row.status = Some(rendered.status);
        if req.check {
            row.action = Action::Checked;
            out.drift |= rendered.status != FileStatus::Fresh;
            out.rows.push(row);
            continue;
        }
        let built = match rendered.status {
            // The last generated body only sharpens the hand diff; without it the diff is
            // measured against a fresh build, so a read failure is not fatal.
            FileStatus::Edited => {
                match instructions::built_bodies(session.state()?, &[rendered.file.as_path()]) {
                    Ok(mut bodies) => bodies.remove(&rendered.file),
                    Err(e) => {
                        crate::core::output::debug(format!("no last build known: {}", e.message));
                        None
                    }
                }
            }
            _ => None,
        };
        let project_plan = match instructions::plan(&rendered, req.mode, built.as_ref()) {
            Ok(p) => p,
            Err(e) => {
                if rendered.status == FileStatus::Edited {
                    row.hand_edits = Some(rendered.hand_diff(built.as_ref()));
                }
                out.fail(row, e);
                continue;
            }
        };
        let tell: Option<&mut dyn FnMut(&StepView)> = match on_step {
            Some(ref mut f) => Some(&mut **f),
            None => None,
        };
        match session.apply(project_plan.plan, req.dry_run, None, tell) {
            Ok(applied) => {
                row.action = if applied.plan.changes == 0 {
                    Action::Unchanged
                } else if let Some(adoption) = project_plan.adoption {
                    row.adopted = Some(adoption);
                    Action::Adopted
                } else {
                    Action::Written
                };
                out.notes.extend(applied.notes);
                out.plan.changes += applied.plan.changes;
                out.plan.unchanged += applied.plan.unchanged;
                out.plan.steps.extend(applied.plan.steps);
                out.rows.push(row);
            }
            Err(e) => out.fail(row, e),
        }
    }
    Ok(out)
}
