//! `tunnel sync`: the ingress rules of allocations with hostnames, written into the local
//! `config.yml` (checked, and with `restart` cloudflared restarted and waited for), or put
//! to the remotely-managed tunnel in one API step whose undo puts back the configuration it
//! replaced.

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;
use serde_json::json;

use crate::core::error::Result;
use crate::core::plan::{Plan, StateOp, Step};
use crate::ops::dns::remote::{Call, API};
use crate::ops::dns::{api_view, body};
use crate::ops::{Outcome, Progress, Session};
use crate::tunnel::{self, local};

pub enum Target {
    /// `config.yml`: `config` as given, else `paths.cloudflared_config` under `--root`.
    Local {
        config: Option<PathBuf>,
        restart: bool,
        ready_timeout: Duration,
    },
    /// The remotely-managed tunnel `cloudflare.tunnel_id` of `cloudflare.account_id`.
    Remote { retry_budget: Duration },
}

pub struct Request {
    pub target: Target,
    pub dry_run: bool,
    /// Write meta's rules even where a hand-written rule before them takes their hostname.
    pub force: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Synced {
    /// The config file as shown, or `tunnel/<id>`.
    pub target: String,
    /// The id of the remotely-managed tunnel synced; `None` for the local config file.
    #[serde(skip)]
    pub tunnel: Option<String>,
    pub rules: usize,
    pub changed: bool,
    pub restarted: bool,
}

pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<Synced>> {
    match req.target {
        Target::Local {
            config,
            restart,
            ready_timeout,
        } => local_sync(
            session,
            config,
            restart,
            ready_timeout,
            req.dry_run,
            req.force,
            progress,
        ),
        Target::Remote { retry_budget } => {
            remote_sync(session, retry_budget, req.dry_run, req.force, progress)
        }
    }
}

fn local_sync(
    session: &mut Session,
    config: Option<PathBuf>,
    restart: bool,
    ready_timeout: Duration,
    dry_run: bool,
    force: bool,
    progress: &dyn Progress,
) -> Result<Outcome<Synced>> {
    let (path, shown) = super::config_path(session, config)?;
    let (old, text) = super::read_text(&path)?;
    let rules = super::desired(session)?;
    let new = tunnel::rewrite(&text, &rules)?;
    let shadows = tunnel::shadowing(&new)?;
    super::check_shadowing(&shadows, &format!("`{shown}`"), force, progress)?;
    let changed = old.as_deref() != Some(new.as_bytes());
    let check_with_binary = session.config()?.get("bin.cloudflared")?.is_some();
    let metrics = session
        .config()?
        .get("cloudflare.metrics")?
        .unwrap_or_else(|| "127.0.0.1:20241".into());
    let plan = local::plan(local::LocalSync {
        path,
        shown: shown.clone(),
        old,
        new: new.into_bytes(),
        check_with_binary,
        restart,
        metrics,
        ready_timeout,
    });
    let applied = session.run_plan(plan, dry_run, None, progress)?;
    Ok(Outcome {
        plan: applied.plan,
        applied: !dry_run,
        result: Synced {
            target: shown,
            tunnel: None,
            rules: rules.len(),
            changed,
            restarted: restart && changed,
        },
    })
}

fn remote_sync(
    session: &mut Session,
    retry_budget: Duration,
    dry_run: bool,
    force: bool,
    progress: &dyn Progress,
) -> Result<Outcome<Synced>> {
    let (account, tunnel_id) = super::remote_ids(session)?;
    let rules = super::desired(session)?;
    let mut api = crate::ops::dns::connect(session, retry_budget)?;
    let current = api.client().tunnel_config(&account, &tunnel_id)?;
    let before = session
        .state()?
        .read(|tx| tx.tunnel_remote_hostnames(&tunnel_id))?;
    let merged = tunnel::merge_remote(&current, &rules, &before)?;
    let shadows = tunnel::remote_shadowing(&merged, &rules);
    super::check_shadowing(&shadows, &format!("tunnel {tunnel_id}"), force, progress)?;
    let changed = merged != current;
    let path = format!("/accounts/{account}/cfd_tunnel/{tunnel_id}/configurations");
    let view = api_view(
        "PUT",
        &path,
        &format!(
            "the ingress of tunnel {tunnel_id} ({} rules from meta)",
            rules.len()
        ),
        body(&json!({ "config": merged })),
    );
    let put = |config| Call::PutTunnelConfig {
        account: account.clone(),
        tunnel: tunnel_id.clone(),
        config,
    };
    // A tunnel with no configuration yet has none to put back.
    let undo = (!current.is_null()).then(|| put(current.clone()).to_value());
    let mut plan = Plan::new();
    plan.push(Step::remote(view, API, put(merged).to_value(), undo).noop_if(!changed));
    let mut hostnames: Vec<String> = rules.iter().map(|r| r.hostname.clone()).collect();
    hostnames.sort();
    hostnames.dedup();
    if hostnames != before {
        plan.push_state(
            format!("tunnel/{tunnel_id}"),
            format!(
                "remember the {} hostname(s) meta put into tunnel {tunnel_id}",
                hostnames.len()
            ),
            StateOp::TunnelRemoteSet {
                tunnel_id: tunnel_id.clone(),
                hostnames,
            },
        );
    }
    let applied = crate::ops::dns::run_plan(session, plan, dry_run, &mut api, progress)?;
    Ok(Outcome {
        plan: applied.plan,
        applied: !dry_run,
        result: Synced {
            target: format!("tunnel/{tunnel_id}"),
            tunnel: Some(tunnel_id),
            rules: rules.len(),
            changed,
            restarted: false,
        },
    })
}
