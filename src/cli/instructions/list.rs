//! `meta instructions list`: calls [`crate::ops::instructions::list`] and shows the rows.

use super::word;
use crate::cli::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::ops::instructions::list::{self as op, ListRow};

impl Render for Vec<ListRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "status", "layers", "file"]);
        for r in self {
            let l = &r.layers;
            let mut layers = vec![format!("core {}", l.core)];
            if l.meta > 0 {
                layers.push(format!("meta {}", l.meta));
            }
            layers.push(format!("project {}", l.project));
            t.row([
                r.project.clone(),
                word(&r.status),
                layers.join(", "),
                r.file.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.project.clone()).collect()
    }
}

pub(super) fn run(ctx: &mut Ctx) -> Result<Status> {
    let rows = op::run(&mut ctx.session)?;
    for r in &rows {
        if let Some(e) = &r.error {
            ctx.printer.warn(format!("`{}`: {}", r.project, e.message));
        }
    }
    ctx.printer.result(&rows)?;
    Ok(Status::Success)
}
