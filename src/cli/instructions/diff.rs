//! `meta instructions diff PROJECT`: what `build` would change, as a unified diff.

use serde::Serialize;

use super::{settings, word};
use crate::cli::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::instructions::{self, FileStatus, Rendered, Shared};

#[derive(Debug, Serialize)]
struct DiffResult {
    project: String,
    file: String,
    status: FileStatus,
    /// A unified diff from the file on disk to what `build` would write; empty when fresh.
    diff: String,
}

impl Render for DiffResult {
    fn table(&self) -> Table {
        Table::fields([
            ("project", self.project.clone()),
            ("file", self.file.clone()),
            ("status", word(&self.status)),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.file.clone()]
    }
}

pub(super) fn run(ctx: &mut Ctx, project: &str) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &[project.to_string()], false)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let Some(target) = targets.first() else {
        return Err(crate::project::not_found(project));
    };
    let rendered: Rendered = instructions::render(&settings, &shared, target)?;
    match rendered.status {
        FileStatus::Fresh => ctx
            .printer
            .status(format!("`{}` is up to date", rendered.shown())),
        FileStatus::Edited => ctx.printer.warn(format!(
            "`{}` was changed by hand: `build` refuses it without `--adopt` or `--force`; \
             this is what `--force` would write",
            rendered.shown()
        )),
        FileStatus::Stale | FileStatus::Missing => {}
    }
    let result = DiffResult {
        project: rendered.project.clone(),
        file: rendered.shown(),
        status: rendered.status,
        diff: rendered.diff(),
    };
    match ctx.printer.format {
        crate::core::output::Format::Table => {
            crate::core::output::stdout_bytes(result.diff.as_bytes())?
        }
        _ => ctx.printer.result(&result)?,
    }
    Ok(Status::Success)
}
