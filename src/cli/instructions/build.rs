//! `meta instructions build`: render every project, then check, plan or apply. `--all`
//! goes on past a failing project and fails at the end, naming each.

use serde::Serialize;

use super::{settings, word, RowError};
use crate::cli::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::core::plan::PlanView;
use crate::instructions::{self, Adoption, FileStatus, Mode, Shared};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    Written,
    Adopted,
    Unchanged,
    Checked,
    Skipped,
    Failed,
}

/// One project's outcome of `build`.
#[derive(Debug, Serialize)]
struct BuildRow {
    project: String,
    file: Option<String>,
    /// The file's status before the build.
    status: Option<FileStatus>,
    action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    adopted: Option<Adoption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<RowError>,
}

impl Render for Vec<BuildRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "status", "action", "file"]);
        for r in self {
            t.row([
                r.project.clone(),
                r.status.as_ref().map(word).unwrap_or_else(|| "-".into()),
                word(&r.action),
                r.file.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.project.clone()).collect()
    }
}

/// Failures seen so far, shown as they happen when several projects are built.
struct Failures {
    many: bool,
    list: Vec<(String, Error)>,
}

impl Failures {
    fn add(&mut self, ctx: &Ctx, project: &str, err: Error) -> RowError {
        if self.many {
            ctx.printer.problem(format!("`{project}`: {}", err.message));
            if let Some(hint) = &err.hint {
                ctx.printer.status(format!("hint: {hint}"));
            }
        }
        let row = RowError::from(&err);
        self.list.push((project.to_string(), err));
        row
    }

    /// Ok when nothing failed; the lone error itself for one project; else a summary
    /// whose exit code is that of the most serious failure.
    fn finish(mut self, total: usize, verb: &str) -> Result<()> {
        if self.list.is_empty() {
            return Ok(());
        }
        if !self.many {
            return Err(self.list.remove(0).1);
        }
        let kind = instructions::worst(self.list.iter().map(|(_, e)| e.kind))
            .unwrap_or(crate::core::Kind::Failure);
        let names: Vec<String> = self.list.iter().map(|(p, _)| format!("`{p}`")).collect();
        Err(Error::new(
            kind,
            format!(
                "{} of {total} projects failed: {}",
                self.list.len(),
                names.join(", ")
            ),
        )
        .with_hint(if self.list.len() < total {
            format!("the other projects were {verb}; the errors above say what to fix in each")
        } else {
            "the errors above say what to fix in each".to_string()
        }))
    }
}

pub(super) fn run(ctx: &mut Ctx, args: super::BuildArgs) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &args.projects, args.all)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let mode = if args.adopt {
        Mode::Adopt
    } else if args.force {
        Mode::Force
    } else {
        Mode::Build
    };
    let mut failures = Failures {
        many: targets.len() > 1 || args.all,
        list: Vec::new(),
    };
    if targets.is_empty() {
        ctx.printer
            .status("no projects are registered; `meta project add NAME --path DIR` adds one");
    }
    let mut rows = Vec::new();
    let mut plan_view = PlanView::default();
    let mut drift = false;
    for target in &targets {
        let name = target.project.name.clone();
        if args.all && !instructions::has_folder(target) {
            ctx.printer
                .status(format!("`{name}` has no folder; skipped"));
            rows.push(BuildRow {
                project: name,
                file: None,
                status: None,
                action: Action::Skipped,
                adopted: None,
                error: None,
            });
            continue;
        }
        let mut row = BuildRow {
            project: name.clone(),
            file: instructions::file_of(&target.project).map(|f| f.display().to_string()),
            status: None,
            action: Action::Failed,
            adopted: None,
            error: None,
        };
        let rendered = match instructions::render(&settings, &shared, target) {
            Ok(r) => r,
            Err(e) => {
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
                continue;
            }
        };
        row.file = Some(rendered.shown());
        row.status = Some(rendered.status);
        if args.check {
            row.action = Action::Checked;
            if rendered.status != FileStatus::Fresh {
                drift = true;
                ctx.printer.problem(format!(
                    "`{name}`: `{}` is {}",
                    rendered.shown(),
                    describe(rendered.status)
                ));
            }
            rows.push(row);
            continue;
        }
        let built = match rendered.status {
            // The last generated body only sharpens the hand diff; without it the diff is
            // measured against a fresh build, so a read failure is not fatal.
            FileStatus::Edited => {
                match instructions::built_bodies(ctx.state()?, &[rendered.file.as_path()]) {
                    Ok(mut bodies) => bodies.remove(&rendered.file),
                    Err(e) => {
                        crate::core::output::debug(format!("no last build known: {}", e.message));
                        None
                    }
                }
            }
            _ => None,
        };
        let project_plan = match instructions::plan(&rendered, mode, built.as_ref()) {
            Ok(p) => p,
            Err(e) => {
                if rendered.status == FileStatus::Edited {
                    ctx.printer.status(format!(
                        "hand edits in `{}`:\n{}",
                        rendered.shown(),
                        indent(&rendered.hand_diff(built.as_ref()))
                    ));
                }
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
                continue;
            }
        };
        if ctx.dry_run {
            let view = project_plan.plan.view();
            plan_view.changes += view.changes;
            plan_view.unchanged += view.unchanged;
            plan_view.steps.extend(view.steps);
            continue;
        }
        match ctx.apply(project_plan.plan, None) {
            Ok(applied) => {
                row.action = if applied.plan.changes == 0 {
                    ctx.printer
                        .status(format!("`{name}`: `{}` unchanged", rendered.shown()));
                    Action::Unchanged
                } else if let Some(adoption) = project_plan.adoption {
                    ctx.printer.status(format!(
                        "`{name}`: adopted {} hand-written line(s) into `{}` and rebuilt `{}`",
                        adoption.added_lines,
                        adoption.file,
                        rendered.shown()
                    ));
                    if adoption.dropped_removals > 0 {
                        ctx.printer.warn(format!(
                            "`{name}`: {} line(s) removed by hand from generated text are back; \
                             change their source layer to remove them for good",
                            adoption.dropped_removals
                        ));
                    }
                    row.adopted = Some(adoption);
                    Action::Adopted
                } else {
                    ctx.printer
                        .status(format!("`{name}`: wrote `{}`", rendered.shown()));
                    Action::Written
                };
                rows.push(row);
            }
            Err(e) => {
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
            }
        }
    }
    if ctx.dry_run && !args.check {
        ctx.print_plan(&plan_view)?;
    } else {
        ctx.printer.result(&rows)?;
    }
    failures.finish(targets.len(), if args.check { "checked" } else { "built" })?;
    Ok(if drift {
        Status::Drift
    } else {
        Status::Success
    })
}

fn describe(status: FileStatus) -> &'static str {
    match status {
        FileStatus::Fresh => "up to date",
        FileStatus::Stale => "stale: its sources changed since it was built",
        FileStatus::Edited => "edited by hand",
        FileStatus::Missing => "missing",
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
