//! `meta instructions diff PROJECT`: calls [`crate::ops::instructions::diff`]; the diff
//! itself on stdout, or the whole result with `-o json`/`yaml`.

use super::word;
use crate::cli::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Format, Render, Table};
use crate::instructions::FileStatus;
use crate::ops::instructions::diff::{self as op, DiffRequest, DiffResult};

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
    let result = op::run(
        &mut ctx.session,
        DiffRequest {
            project: project.to_string(),
        },
    )?;
    match result.status {
        FileStatus::Fresh => ctx
            .printer
            .status(format!("`{}` is up to date", result.file)),
        FileStatus::Edited => ctx.printer.warn(format!(
            "`{}` was changed by hand: `build` refuses it without `--adopt` or `--force`; \
             this is what `--force` would write",
            result.file
        )),
        FileStatus::Stale | FileStatus::Missing => {}
    }
    match ctx.printer.format {
        Format::Table => crate::core::output::stdout_bytes(result.diff.as_bytes())?,
        _ => ctx.printer.result(&result)?,
    }
    Ok(Status::Success)
}
