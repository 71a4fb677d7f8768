//! `meta audit log|verify`.

use clap::Subcommand;

use super::{Ctx, Status};
use crate::audit::Verification;
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::core::state::AuditRow;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Show the log, oldest first
    Log {
        /// Only entries at or after T: RFC 3339 time, a date, or an age (30m, 12h, 7d)
        #[arg(long, value_name = "T")]
        since: Option<String>,
        /// Only entries whose target starts with PREFIX (e.g. `project/`, `secret/app/`)
        #[arg(long, value_name = "PREFIX")]
        target: Option<String>,
    },
    /// Check the hash chain; exit 9 naming the first broken entry
    Verify,
}

impl Render for Vec<AuditRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["seq", "time", "actor", "command", "target", "outcome"]);
        for r in self {
            t.row([
                r.seq.to_string(),
                r.time.clone(),
                r.actor.clone(),
                r.command.clone(),
                r.target.clone(),
                r.outcome.clone(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.seq.to_string()).collect()
    }
}

impl Render for Verification {
    fn table(&self) -> Table {
        Table::fields([
            ("entries", self.entries.to_string()),
            ("ok", self.ok.to_string()),
            (
                "broken_at",
                self.broken_at
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "-".into()),
            ),
        ])
    }
    fn names(&self) -> Vec<String> {
        self.broken_at
            .map(|s| vec![s.to_string()])
            .unwrap_or_default()
    }
}

pub fn run(ctx: &mut Ctx, command: AuditCommand) -> Result<Status> {
    match command {
        AuditCommand::Log { since, target } => {
            let rows =
                crate::ops::audit::log(&mut ctx.session, since.as_deref(), target.as_deref())?;
            ctx.printer.result(&rows)?;
            Ok(Status::Success)
        }
        AuditCommand::Verify => {
            let v = crate::ops::audit::verify(&mut ctx.session)?;
            ctx.printer.result(&v)?;
            match &v.problem {
                None => {
                    ctx.printer
                        .status(format!("audit log intact: {} entries", v.entries));
                    Ok(Status::Success)
                }
                Some(problem) => {
                    ctx.printer.problem(format!(
                        "audit log broken at entry {}: {problem}",
                        v.broken_at.unwrap_or(0)
                    ));
                    Ok(Status::Unhealthy)
                }
            }
        }
    }
}
