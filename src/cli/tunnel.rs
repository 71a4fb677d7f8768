//! `meta tunnel sync|show|diff|route`: cloudflared ingress from allocations with hostnames.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::host::atomic;
use crate::core::output::{Render, Table};
use crate::core::plan::{unified_diff, PlanView, StepKind, StepView};
use crate::tunnel::{self, local, RuleView};

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

#[derive(Debug, Serialize)]
struct Synced {
    target: String,
    rules: usize,
    changed: bool,
    restarted: bool,
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

#[derive(Debug, Serialize)]
struct Diff {
    path: String,
    changed: bool,
    diff: String,
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

/// The config file: `--config` as given, else `paths.cloudflared_config` under `--root`.
fn config_path(ctx: &mut Ctx, given: Option<PathBuf>) -> Result<(PathBuf, String)> {
    if let Some(p) = given {
        let shown = p.display().to_string();
        return Ok((p, shown));
    }
    let host_path = ctx
        .config()?
        .get("paths.cloudflared_config")?
        .unwrap_or_else(|| "/etc/cloudflared/config.yml".into());
    Ok((ctx.host()?.path(&host_path), host_path))
}

fn read_text(path: &std::path::Path) -> Result<(Option<Vec<u8>>, String)> {
    let old = atomic::read_optional(path)?;
    let text = match &old {
        Some(bytes) => String::from_utf8(bytes.clone())
            .map_err(|_| Error::validation(format!("`{}` is not UTF-8 text", path.display())))?,
        None => String::new(),
    };
    Ok((old, text))
}

fn desired(ctx: &mut Ctx) -> Result<Vec<tunnel::Rule>> {
    let allocations = ctx.state()?.read(|tx| tx.hostname_allocations())?;
    Ok(tunnel::desired_rules(&allocations))
}

fn remote_ids(ctx: &mut Ctx) -> Result<(String, String)> {
    let config = ctx.config()?;
    let account = config.get("cloudflare.account_id")?.ok_or_else(|| {
        Error::usage("no Cloudflare account id is configured").with_hint(
            "set it with `meta config set cloudflare.account_id ID` or CLOUDFLARE_ACCOUNT_ID",
        )
    })?;
    let tunnel = tunnel_id(ctx)?;
    Ok((account, tunnel))
}

fn tunnel_id(ctx: &mut Ctx) -> Result<String> {
    ctx.config()?.get("cloudflare.tunnel_id")?.ok_or_else(|| {
        Error::usage("no tunnel id is configured")
            .with_hint("set it with `meta config set cloudflare.tunnel_id UUID` or META_TUNNEL_ID")
    })
}

pub fn run(ctx: &mut Ctx, args: TunnelArgs) -> Result<Status> {
    let budget = args.retry_budget;
    match args.command {
        TunnelCommand::Sync {
            remote: true,
            check,
            ..
        } => sync_remote(ctx, budget, check),
        TunnelCommand::Sync {
            config,
            restart,
            check,
            ready_timeout,
            ..
        } => sync_local(ctx, config, restart, check, ready_timeout),
        TunnelCommand::Show { remote: true, .. } => {
            let (account, tunnel_id) = remote_ids(ctx)?;
            let client = super::dns::client(ctx, budget)?;
            let config = client.tunnel_config(&account, &tunnel_id)?;
            let managed = ctx
                .state()?
                .read(|tx| tx.tunnel_remote_hostnames(&tunnel_id))?;
            let rules: Vec<RuleView> = config
                .get("ingress")
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .map(|r| {
                            let mut v: RuleView =
                                serde_json::from_value(r.clone()).unwrap_or_default();
                            v.managed = v.path.is_none()
                                && v.hostname.as_ref().is_some_and(|h| managed.contains(h));
                            v
                        })
                        .collect()
                })
                .unwrap_or_default();
            ctx.printer.result(&rules)?;
            Ok(Status::Success)
        }
        TunnelCommand::Show { config, .. } => {
            let (path, shown) = config_path(ctx, config)?;
            let (old, text) = read_text(&path)?;
            if old.is_none() {
                return Err(Error::not_found(format!("`{shown}` does not exist"))
                    .with_hint("`meta tunnel sync` writes it"));
            }
            let rules = tunnel::rules_of(&text)?;
            ctx.printer.result(&rules)?;
            Ok(Status::Success)
        }
        TunnelCommand::Diff { config } => {
            let (path, shown) = config_path(ctx, config)?;
            let (old, text) = read_text(&path)?;
            let rules = desired(ctx)?;
            let new = tunnel::rewrite(&text, &rules)?;
            let changed = old.as_deref() != Some(new.as_bytes());
            let diff = if changed {
                unified_diff(&shown, old.as_deref(), Some(new.as_bytes()))
            } else {
                String::new()
            };
            if ctx.printer.format == crate::core::output::Format::Table {
                if changed {
                    crate::core::output::stdout_bytes(diff.as_bytes())?;
                } else {
                    ctx.printer.status(format!("`{shown}` is up to date"));
                }
            } else {
                ctx.printer.result(&Diff {
                    path: shown,
                    changed,
                    diff,
                })?;
            }
            Ok(Status::Success)
        }
        TunnelCommand::Route { hostname } => {
            let hostname = hostname.trim_end_matches('.').to_string();
            crate::port::validate_hostname(&hostname, true)?;
            let tunnel_id = tunnel_id(ctx)?;
            // An unproxied CNAME to a tunnel never answers, so the record is always proxied.
            let want = crate::dns::record_request(
                &hostname,
                "CNAME",
                &crate::dns::tunnel_target(&tunnel_id),
                true,
                None,
                "tunnel route",
            )?;
            let client = super::dns::client(ctx, budget)?;
            super::dns::put_record(ctx, &client, &want, true)
        }
    }
}

fn sync_local(
    ctx: &mut Ctx,
    config: Option<PathBuf>,
    restart: bool,
    check: bool,
    ready_timeout: u64,
) -> Result<Status> {
    let (path, shown) = config_path(ctx, config)?;
    let (old, text) = read_text(&path)?;
    let rules = desired(ctx)?;
    let new = tunnel::rewrite(&text, &rules)?;
    let changed = old.as_deref() != Some(new.as_bytes());
    if check {
        if !changed {
            ctx.printer.status(format!("`{shown}` is up to date"));
            return Ok(Status::Success);
        }
        let diff = unified_diff(&shown, old.as_deref(), Some(new.as_bytes()));
        crate::core::output::stdout_bytes(diff.as_bytes())?;
        ctx.printer
            .problem(format!("`{shown}` differs from the allocations"));
        return Ok(Status::Drift);
    }
    let check_with_binary = ctx.config()?.get("bin.cloudflared")?.is_some();
    let metrics = ctx
        .config()?
        .get("cloudflare.metrics")?
        .unwrap_or_else(|| "127.0.0.1:20241".into());
    let host = ctx.host()?;
    let plan = local::plan(
        &host,
        local::LocalSync {
            path,
            shown: shown.clone(),
            old,
            new: new.into_bytes(),
            check_with_binary,
            restart,
            metrics,
            ready_timeout: Duration::from_secs(ready_timeout),
        },
    )?;
    if ctx.dry_run {
        return ctx.print_plan(&plan.view());
    }
    if plan.is_empty() {
        ctx.printer
            .status(format!("`{shown}` is up to date; nothing to change"));
        // Nothing changed: the only write is the audit entry, which need not be
        // checkpointed at once (as for `secret get`).
        ctx.state()?.defer_checkpoint()?;
    } else {
        let printer = ctx.printer.clone();
        plan.apply(|step| printer.status(&step.summary))?;
    }
    ctx.printer.result(&Synced {
        target: shown,
        rules: rules.len(),
        changed,
        restarted: restart && changed,
    })?;
    Ok(Status::Success)
}

fn sync_remote(ctx: &mut Ctx, budget: u64, check: bool) -> Result<Status> {
    let (account, tunnel_id) = remote_ids(ctx)?;
    let rules = desired(ctx)?;
    let client = super::dns::client(ctx, budget)?;
    let current = client.tunnel_config(&account, &tunnel_id)?;
    let before = ctx
        .state()?
        .read(|tx| tx.tunnel_remote_hostnames(&tunnel_id))?;
    let merged = tunnel::merge_remote(&current, &rules, &before)?;
    let path = format!("/accounts/{account}/cfd_tunnel/{tunnel_id}/configurations");
    let changed = merged != current;
    let plan = PlanView {
        changes: usize::from(changed),
        unchanged: usize::from(!changed),
        steps: if changed {
            vec![StepView {
                kind: StepKind::ApiCall,
                target: format!("PUT {path}"),
                summary: format!(
                    "PUT {path}: the ingress of tunnel {tunnel_id} ({} rules from meta)",
                    rules.len()
                ),
                detail: Some(
                    serde_json::to_string_pretty(&serde_json::json!({ "config": merged }))
                        .unwrap_or_default(),
                ),
            }]
        } else {
            Vec::new()
        },
    };
    if check {
        if !changed {
            ctx.printer
                .status(format!("tunnel {tunnel_id} is up to date"));
            return Ok(Status::Success);
        }
        ctx.print_plan(&plan)?;
        ctx.printer.problem(format!(
            "tunnel {tunnel_id} ingress differs from the allocations"
        ));
        return Ok(Status::Drift);
    }
    if ctx.dry_run {
        return ctx.print_plan(&plan);
    }
    if changed {
        client.put_tunnel_config(&account, &tunnel_id, &merged)?;
        ctx.printer
            .status(format!("put the ingress of tunnel {tunnel_id}"));
    } else {
        ctx.printer.status(format!(
            "tunnel {tunnel_id} is up to date; nothing to change"
        ));
    }
    let hostnames: Vec<String> = rules.iter().map(|r| r.hostname.clone()).collect();
    ctx.state()?
        .write(|tx| tx.tunnel_remote_set(&tunnel_id, &hostnames))?;
    ctx.printer.result(&Synced {
        target: format!("tunnel/{tunnel_id}"),
        rules: rules.len(),
        changed,
        restarted: false,
    })?;
    Ok(Status::Success)
}
