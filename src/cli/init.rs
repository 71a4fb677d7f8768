//! `meta init`.

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::init::{InitReport, Status as ItemStatus};

#[derive(Debug, Args)]
pub struct InitArgs {}

impl Render for InitReport {
    fn table(&self) -> Table {
        let mut t = Table::new(["item", "path", "status"]);
        for i in &self.items {
            let status = match i.status {
                ItemStatus::Created => "created",
                ItemStatus::Exists => "exists",
                ItemStatus::WouldCreate => "would create",
            };
            t.row([i.item.to_string(), i.path.clone(), status.to_string()]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.items.iter().map(|i| i.path.clone()).collect()
    }
}

pub fn run(ctx: &mut Ctx, _args: InitArgs) -> Result<Status> {
    let report = crate::ops::init::init(&mut ctx.session, ctx.dry_run)?;
    for item in &report.items {
        if let Some(w) = &item.warning {
            ctx.printer.warn(format!("{}: {w}", item.item));
        }
    }
    ctx.printer.result(&report)?;
    if !ctx.dry_run {
        ctx.printer.status(if report.changed() {
            "initialised; next: `meta project add NAME`"
        } else {
            "already initialised; nothing changed"
        });
    }
    Ok(Status::Success)
}
