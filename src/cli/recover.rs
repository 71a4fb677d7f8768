//! `meta recover [--forward]`: roll back (or finish) a plan a crash left half-applied.

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::core::plan::{RecoverMode, Recovery};
use crate::ops::recover;

#[derive(Debug, Args)]
pub struct RecoverArgs {
    /// Finish the interrupted plan instead of rolling it back
    #[arg(long)]
    pub forward: bool,
}

impl Render for Recovery {
    fn table(&self) -> Table {
        let mut fields = vec![(
            "lock holder",
            match &self.lock_holder {
                Some(h) if self.lock_holder_alive => format!("{h}, running"),
                Some(h) => format!("{h}, no longer running"),
                None => "none".to_string(),
            },
        )];
        match &self.unfinished {
            Some(u) => {
                fields.push(("unfinished", format!("`{}` on {}", u.command, u.target)));
                fields.push(("started", format!("{} by pid {}", u.started, u.pid)));
                fields.push((
                    "steps started",
                    format!("{} of {}", u.steps_started, u.steps_total),
                ));
            }
            None => fields.push(("unfinished", "none".to_string())),
        }
        Table::fields(fields)
    }
    fn names(&self) -> Vec<String> {
        self.unfinished.iter().map(|u| u.command.clone()).collect()
    }
}

pub fn run(ctx: &mut Ctx, args: RecoverArgs) -> Result<Status> {
    let mode = if args.forward {
        RecoverMode::Forward
    } else {
        RecoverMode::Back
    };
    let req = recover::Request {
        mode,
        dry_run: ctx.dry_run,
    };
    let recovery = recover::run(&mut ctx.session, req)?;
    if ctx.dry_run {
        // For people, who holds what and then the steps; for scripts, one document that
        // holds both.
        ctx.printer.result(&recovery)?;
        if ctx.printer.format == crate::core::output::Format::Table {
            ctx.print_plan(&recovery.plan)?;
        }
        return Ok(Status::Success);
    }
    if let Some(dead) = &recovery.took_over {
        ctx.printer.warn(format!(
            "took over the host lock of {dead}, which is no longer running"
        ));
    }
    match &recovery.unfinished {
        None => ctx.printer.status("no unfinished plan; nothing to recover"),
        Some(u) if mode == RecoverMode::Back => ctx.printer.status(format!(
            "rolled back `{}` (started {} by pid {})",
            u.command, u.started, u.pid
        )),
        Some(u) => ctx.printer.status(format!("finished `{}`", u.command)),
    }
    ctx.printer.result(&recovery)?;
    Ok(Status::Success)
}
