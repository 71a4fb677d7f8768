//! `meta tunnel sync|show|diff|route`: cloudflared ingress from allocations with hostnames.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Format, Render, Table};
use crate::ops::tunnel as op;
use crate::ops::tunnel::diff::Diff;
use crate::ops::tunnel::sync::{Synced, Target};
use crate::tunnel::RuleView;

#[derive(Debug, Args)]
pub struct TunnelArgs {
    /// Longest time, in seconds, to keep retrying rate-limited or failing API calls
    #[arg(long, global = true, default_value_t = 60, value_name = "SECONDS")]
    pub retry_budget: u64,
    #[command(subcommand)]
    pub command: TunnelCommand,
}

#[derive(Debug, Subcommand)]
pub enum TunnelCommand {
    /// Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)
    Sync {
        /// The cloudflared config, as a path on this machine [default: paths.cloudflared_config under --root]
        #[arg(long, value_name = "FILE", conflicts_with = "remote")]
        config: Option<PathBuf>,
        /// Put the rules to the remotely-managed tunnel through the API instead
        #[arg(long)]
        remote: bool,
        /// Restart cloudflared after writing, wait for /ready, roll back if it never is
        #[arg(long, conflicts_with = "remote")]
        restart: bool,
        /// Change nothing; exit 8 when the ingress differs
        #[arg(long)]
        check: bool,
        /// Seconds to wait for /ready after a restart
        #[arg(long, default_value_t = 20, value_name = "SECONDS")]
        ready_timeout: u64,
        /// Write the rules even where a hand-written rule above them takes their hostname
        #[arg(long)]
        force: bool,
    },
    /// Show the ingress rules, managed ones marked
    Show {
        #[arg(long, value_name = "FILE", conflicts_with = "remote")]
        config: Option<PathBuf>,
        /// Show the remote tunnel's rules
        #[arg(long)]
        remote: bool,
    },
    /// Show the diff `sync` would write
    Diff {
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com
    Route { hostname: String },
}

impl TunnelArgs {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        match &self.command {
            TunnelCommand::Sync {
                check: false,
                remote,
                ..
            } => Some(AuditSpec {
                command: "tunnel sync",
                target: if *remote {
                    "tunnel/remote".into()
                } else {
                    "tunnel/local".into()
                },
            }),
            TunnelCommand::Route { hostname } => Some(AuditSpec {
                command: "tunnel route",
                target: format!("dns/{hostname}"),
            }),
            _ => None,
        }
    }
}

impl Render for Vec<RuleView> {
    fn table(&self) -> Table {
        let mut t = Table::new(["hostname", "path", "service", "managed"]);
        for r in self {
            t.row([
                r.hostname.clone().unwrap_or_else(|| "*".into()),
                r.path.clone().unwrap_or_else(|| "-".into()),
                r.service.clone().unwrap_or_default(),
                if r.managed { "meta" } else { "-" }.to_string(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().filter_map(|r| r.hostname.clone()).collect()
    }
}

impl Render for Synced {
    fn table(&self) -> Table {
        Table::fields([
            ("target", self.target.clone()),
            ("rules", self.rules.to_string()),
            ("changed", self.changed.to_string()),
            ("restarted", self.restarted.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.target.clone()]
    }
}

impl Render for Diff {
    fn table(&self) -> Table {
        Table::fields([
            ("path", self.path.clone()),
            ("changed", self.changed.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.path.clone()]
    }
}

pub fn run(ctx: &mut Ctx, args: TunnelArgs) -> Result<Status> {
    let budget = Duration::from_secs(args.retry_budget);
    let progress = ctx.progress();
    match args.command {
        TunnelCommand::Sync {
            config,
            remote,
            restart,
            check,
            ready_timeout,
            force,
        } => {
            let target = if remote {
                Target::Remote {
                    retry_budget: budget,
                }
            } else {
                Target::Local {
                    config,
                    restart,
                    ready_timeout: Duration::from_secs(ready_timeout),
                }
            };
            let req = op::sync::Request {
                target,
                dry_run: ctx.dry_run || check,
                force,
            };
            let outcome = op::sync::run(&mut ctx.session, req, &progress)?;
            let synced = &outcome.result;
            let what = match &synced.tunnel {
                Some(id) => format!("tunnel {id}"),
                None => format!("`{}`", synced.target),
            };
            if check {
                return ctx.check_plan(
                    &outcome.plan,
                    &format!("{what} is up to date"),
                    &format!("{what} differs from the allocations"),
                );
            }
            if !outcome.applied {
                return ctx.print_plan(&outcome.plan);
            }
            if outcome.plan.is_empty() {
                ctx.printer
                    .status(format!("{what} is up to date; nothing to change"));
            }
            ctx.printer.result(synced)?;
            Ok(Status::Success)
        }
        TunnelCommand::Show { config, remote } => {
            let req = if remote {
                op::show::Request::Remote {
                    retry_budget: budget,
                }
            } else {
                op::show::Request::Local { config }
            };
            let rules = op::show::run(&mut ctx.session, req)?;
            ctx.printer.result(&rules)?;
            Ok(Status::Success)
        }
        TunnelCommand::Diff { config } => {
            let diff = op::diff::run(&mut ctx.session, config)?;
            if ctx.printer.format == Format::Table {
                if diff.changed {
                    crate::core::output::stdout_bytes(diff.diff.as_bytes())?;
                } else {
                    ctx.printer.status(format!("`{}` is up to date", diff.path));
                }
            } else {
                ctx.printer.result(&diff)?;
            }
            Ok(Status::Success)
        }
        TunnelCommand::Route { hostname } => {
            let req = op::route::Request {
                hostname,
                dry_run: ctx.dry_run,
                retry_budget: budget,
            };
            let outcome = op::route::run(&mut ctx.session, req, &progress)?;
            super::dns::show_record_change(ctx, outcome)
        }
    }
}
