//! `meta instructions build`: calls [`crate::ops::instructions::build`], then tells each
//! project's outcome on stderr and shows the rows (or with `--dry-run` the plan).

use super::word;
use crate::cli::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::core::plan::StepView;
use crate::instructions::{FileStatus, Mode};
use crate::ops::instructions::build::{self as op, Action, BuildRequest, BuildRow, Built};

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

pub(super) fn run(ctx: &mut Ctx, args: super::BuildArgs) -> Result<Status> {
    let req = BuildRequest {
        projects: args.projects,
        all: args.all,
        check: args.check,
        mode: if args.adopt {
            Mode::Adopt
        } else if args.force {
            Mode::Force
        } else {
            Mode::Build
        },
        dry_run: ctx.dry_run,
    };
    let check = req.check;
    let printer = ctx.printer.clone();
    let mut tell = |step: &StepView| printer.status(&step.summary);
    let built = op::run(&mut ctx.session, req, Some(&mut tell))?;
    tell_rows(ctx, &built);
    for note in &built.notes {
        ctx.printer.warn(note);
    }
    if ctx.dry_run && !check {
        ctx.print_plan(&built.plan)?;
    } else {
        ctx.printer.result(&built.rows)?;
    }
    if let Some(err) = built.failure() {
        return Err(err);
    }
    Ok(if built.drift {
        Status::Drift
    } else {
        Status::Success
    })
}

/// What happened to each project, in words on stderr.
fn tell_rows(ctx: &Ctx, built: &Built) {
    let p = &ctx.printer;
    if built.rows.is_empty() {
        p.status("no projects are registered; `meta project add NAME --path DIR` adds one");
    }
    for r in &built.rows {
        let name = &r.project;
        let file = r.file.as_deref().unwrap_or("-");
        match r.action {
            Action::Skipped => p.status(format!("`{name}` has no folder; skipped")),
            Action::Failed => {
                if let Some(diff) = &r.hand_edits {
                    p.status(format!("hand edits in `{file}`:\n{}", indent(diff)));
                }
                if let (true, Some(e)) = (built.many(), &r.error) {
                    p.problem(format!("`{name}`: {}", e.message));
                    if let Some(hint) = &e.hint {
                        p.status(format!("hint: {hint}"));
                    }
                }
            }
            Action::Checked => match r.status {
                Some(status) if status != FileStatus::Fresh => {
                    p.problem(format!("`{name}`: `{file}` is {}", describe(status)))
                }
                _ => {}
            },
            _ if !built.applied => {}
            Action::Unchanged => p.status(format!("`{name}`: `{file}` unchanged")),
            Action::Written => p.status(format!("`{name}`: wrote `{file}`")),
            Action::Adopted => {
                let Some(adoption) = &r.adopted else { continue };
                p.status(format!(
                    "`{name}`: adopted {} hand-written line(s) into `{}` and rebuilt `{file}`",
                    adoption.added_lines, adoption.file,
                ));
                if adoption.dropped_removals > 0 {
                    p.warn(format!(
                        "`{name}`: {} line(s) removed by hand from generated text are back; \
                         change their source layer to remove them for good",
                        adoption.dropped_removals
                    ));
                }
            }
        }
    }
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
