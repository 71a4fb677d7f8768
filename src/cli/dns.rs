//! `meta dns list|get|create|upsert|delete|verify-token|sync|undo`: Cloudflare DNS records.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::dns::{sync, Ownership};
use crate::ops::dns::verify_token::TokenStatus;
use crate::ops::dns::{self as op, ChangeKind, RecordChange, RecordOut};
use crate::ops::Outcome;

#[derive(Debug, Args)]
pub struct DnsArgs {
    /// Longest time, in seconds, to keep retrying rate-limited or failing API calls
    #[arg(long, global = true, default_value_t = 60, value_name = "SECONDS")]
    pub retry_budget: u64,
    #[command(subcommand)]
    pub command: DnsCommand,
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Full record name (`app.example.com`)
    pub name: String,
    /// Record type
    #[arg(long = "type", value_name = "CNAME|A|AAAA|TXT")]
    pub kind: String,
    /// Record content: target name, address or text
    #[arg(long, value_name = "C")]
    pub content: String,
    /// Serve through Cloudflare's proxy (A, AAAA and CNAME only; TTL becomes automatic)
    #[arg(long)]
    pub proxied: bool,
    /// TTL in seconds: 1 (automatic) or 60-86400
    #[arg(long, value_name = "S")]
    pub ttl: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum DnsCommand {
    /// List the records of a zone (by name or id)
    #[command(visible_alias = "ls")]
    List {
        zone: String,
        #[arg(long = "type", value_name = "T")]
        kind: Option<String>,
        /// Only records of this name (relative names get the zone appended)
        #[arg(long, value_name = "N")]
        name: Option<String>,
    },
    /// Show the records of one name
    Get {
        name: String,
        #[arg(long = "type", value_name = "T")]
        kind: Option<String>,
    },
    /// Create a record (exit 4 when one of that name and type exists)
    Create(RecordArgs),
    /// Create a record, or change it to match; no call when it already matches
    Upsert(RecordArgs),
    /// Delete the records of a name (asks when several match)
    #[command(visible_alias = "rm")]
    Delete {
        name: String,
        #[arg(long = "type", value_name = "T")]
        kind: Option<String>,
    },
    /// Check the API token (`GET /user/tokens/verify`)
    VerifyToken,
    /// Bring a zone in line with allocations, deployments and records made by meta
    Sync {
        zone: String,
        /// Change nothing; exit 8 when the zone differs from the desired records
        #[arg(long)]
        check: bool,
        /// Also overwrite records edited outside meta, and allow sweeping plans
        #[arg(long)]
        force: bool,
    },
    /// Put back the records the last applied sync of a zone changed
    Undo { zone: String },
}

impl DnsArgs {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        let spec = |command: &'static str, target: &str| {
            Some(AuditSpec {
                command,
                target: format!("dns/{target}"),
            })
        };
        match &self.command {
            DnsCommand::Create(a) => spec("dns create", &a.name),
            DnsCommand::Upsert(a) => spec("dns upsert", &a.name),
            DnsCommand::Delete { name, .. } => spec("dns delete", name),
            DnsCommand::Sync { zone, check, .. } if !check => spec("dns sync", zone),
            DnsCommand::Undo { zone } => spec("dns undo", zone),
            _ => None,
        }
    }
}

fn ownership_text(o: Ownership) -> &'static str {
    match o {
        Ownership::Managed => "meta",
        Ownership::EditedOutside => "edited outside meta",
        Ownership::Unmanaged => "-",
    }
}

fn ttl_text(ttl: u32) -> String {
    if ttl == 1 {
        "auto".into()
    } else {
        ttl.to_string()
    }
}

impl Render for Vec<RecordOut> {
    fn table(&self) -> Table {
        let mut t = Table::new(["name", "type", "content", "proxied", "ttl", "managed"]);
        for r in self {
            t.row([
                r.name.clone(),
                r.kind.clone(),
                r.content.clone(),
                r.proxied.to_string(),
                ttl_text(r.ttl),
                ownership_text(r.ownership).to_string(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.name.clone()).collect()
    }
}

impl Render for RecordChange {
    fn table(&self) -> Table {
        Table::fields([
            ("name", self.record.name.clone()),
            ("type", self.record.kind.clone()),
            ("content", self.record.content.clone()),
            ("proxied", self.record.proxied.to_string()),
            ("ttl", ttl_text(self.record.ttl)),
            ("id", self.record.id.clone()),
            ("change", self.change.as_str().to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.record.name.clone()]
    }
}

impl Render for TokenStatus {
    fn table(&self) -> Table {
        Table::fields([("id", self.id.clone()), ("status", self.status.clone())])
    }
    fn names(&self) -> Vec<String> {
        vec![self.id.clone()]
    }
}

impl Render for sync::Applied {
    fn table(&self) -> Table {
        Table::fields([
            ("zone", self.zone.clone()),
            ("created", self.created.to_string()),
            ("updated", self.updated.to_string()),
            ("deleted", self.deleted.to_string()),
            ("skipped", self.skipped.len().to_string()),
            ("api_calls", self.api_calls.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.zone.clone()]
    }
}

impl Render for op::undo::Undone {
    fn table(&self) -> Table {
        self.applied.table()
    }
    fn names(&self) -> Vec<String> {
        self.applied.names()
    }
}

/// Shows the outcome of a change to one record (also `tunnel route`).
pub(crate) fn show_record_change(ctx: &Ctx, outcome: Outcome<RecordChange>) -> Result<Status> {
    let change = &outcome.result;
    let r = &change.record;
    if change.change == ChangeKind::Unchanged {
        ctx.printer
            .status(format!("{} {} already matches; unchanged", r.kind, r.name));
    }
    if !outcome.applied {
        return ctx.print_plan(&outcome.plan);
    }
    if change.change != ChangeKind::Unchanged {
        ctx.printer
            .status(format!("{} {} {}", change.change.as_str(), r.kind, r.name));
    }
    ctx.printer.result(change)?;
    Ok(Status::Success)
}

fn record_request(
    a: RecordArgs,
    upsert: bool,
    dry_run: bool,
    budget: Duration,
) -> op::put::Request {
    op::put::Request {
        name: a.name,
        kind: a.kind,
        content: a.content,
        proxied: a.proxied,
        ttl: a.ttl,
        upsert,
        dry_run,
        retry_budget: budget,
    }
}

pub fn run(ctx: &mut Ctx, args: DnsArgs) -> Result<Status> {
    let budget = Duration::from_secs(args.retry_budget);
    let dry_run = ctx.dry_run;
    let progress = ctx.progress();
    match args.command {
        DnsCommand::List { zone, kind, name } => {
            let req = op::list::Request {
                zone,
                kind,
                name,
                retry_budget: budget,
            };
            let out = op::list::run(&mut ctx.session, req)?;
            ctx.printer.result(&out)?;
        }
        DnsCommand::Get { name, kind } => {
            let req = op::get::Request {
                name,
                kind,
                retry_budget: budget,
            };
            let out = op::get::run(&mut ctx.session, req)?;
            ctx.printer.result(&out)?;
        }
        DnsCommand::Create(a) => {
            let req = record_request(a, false, dry_run, budget);
            let outcome = op::put::run(&mut ctx.session, req, &progress)?;
            return show_record_change(ctx, outcome);
        }
        DnsCommand::Upsert(a) => {
            let req = record_request(a, true, dry_run, budget);
            let outcome = op::put::run(&mut ctx.session, req, &progress)?;
            return show_record_change(ctx, outcome);
        }
        DnsCommand::Delete { name, kind } => {
            let req = op::delete::Request {
                name,
                kind,
                dry_run,
                retry_budget: budget,
            };
            let yes = ctx.yes;
            let confirm = |q: &str| super::context::confirm(yes, q);
            let outcome = op::delete::run(&mut ctx.session, req, &confirm, &progress)?;
            if !outcome.applied {
                return ctx.print_plan(&outcome.plan);
            }
            for r in &outcome.result {
                ctx.printer
                    .status(format!("deleted {} {} → {}", r.kind, r.name, r.content));
            }
            ctx.printer.result(&outcome.result)?;
        }
        DnsCommand::VerifyToken => {
            let status = op::verify_token::run(&mut ctx.session, budget)?;
            ctx.printer.result(&status)?;
            if !status.is_active() {
                return Err(status.inactive_error());
            }
        }
        DnsCommand::Sync { zone, check, force } => {
            let req = op::sync::Request {
                zone,
                force,
                dry_run: dry_run || check,
                retry_budget: budget,
            };
            let outcome = op::sync::run(&mut ctx.session, req, &progress)?;
            let applied = &outcome.result;
            if check {
                return ctx.check_plan(
                    &outcome.plan,
                    &format!("zone `{}` is in sync", applied.zone),
                    &format!(
                        "zone `{}` differs: {} change(s) pending",
                        applied.zone,
                        applied.created + applied.updated + applied.deleted
                    ),
                );
            }
            if !outcome.applied {
                return ctx.print_plan(&outcome.plan);
            }
            if outcome.plan.is_empty() {
                ctx.printer
                    .status(format!("zone `{}`: nothing to change", applied.zone));
            } else {
                ctx.printer.status(format!(
                    "zone `{}`: {} created, {} updated, {} deleted",
                    applied.zone, applied.created, applied.updated, applied.deleted
                ));
            }
            ctx.printer.result(applied)?;
        }
        DnsCommand::Undo { zone } => {
            let req = op::undo::Request {
                zone,
                dry_run,
                retry_budget: budget,
            };
            let outcome = op::undo::run(&mut ctx.session, req, &progress)?;
            if !outcome.applied {
                return ctx.print_plan(&outcome.plan);
            }
            let undone = &outcome.result;
            let a = &undone.applied;
            ctx.printer.status(format!(
                "zone `{}`: put back the sync of {} ({} created, {} restored, {} deleted)",
                a.zone, undone.sync_of, a.created, a.updated, a.deleted
            ));
            ctx.printer.result(undone)?;
        }
    }
    Ok(Status::Success)
}
