//! `dns`: Cloudflare DNS records. The reads ask the API directly; every change is a plan
//! whose steps are calls of the `cloudflare` API ([`remote`]), each with the call that
//! undoes it, and whose changes to the state file (records made by meta, what a sync did)
//! commit with its audit entry.

pub mod delete;
pub mod get;
pub mod list;
pub mod put;
pub mod remote;
pub mod sync;
pub mod undo;
pub mod verify_token;

use std::time::Duration;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::api::cloudflare::{Client, Record, Zone};
use crate::core::error::{Error, Kind, Result};
use crate::core::plan::{Applied, Plan, StepKind, StepView};
use crate::core::settings::check_token;
use crate::dns::{self, Ownership};

use super::{Progress, Session};

pub use put::{ChangeKind, RecordChange};
pub use remote::Cloudflare;

/// The secret that holds the API token when `CLOUDFLARE_API_TOKEN` is not set.
pub const TOKEN_SECRET: &str = "meta/cloudflare/api_token";

/// The API token: `CLOUDFLARE_API_TOKEN` (from the session's settings), else the secret
/// `meta/cloudflare/api_token`; refused (exit 2, the value never shown) when it could not
/// go in a header as it is.
pub fn api_token(session: &mut Session) -> Result<Zeroizing<String>> {
    if let Some(token) = &session.settings.cloudflare_token {
        let token = token.token("Cloudflare API token in CLOUDFLARE_API_TOKEN")?;
        return Ok(Zeroizing::new(token.to_string()));
    }
    let missing = || {
        Error::remote(
            "no Cloudflare API token: CLOUDFLARE_API_TOKEN is not set and there is no secret `meta/cloudflare/api_token`",
        )
        .with_hint("export CLOUDFLARE_API_TOKEN, or store it with `meta secret set meta/cloudflare/api_token` (scope Zone.DNS:Edit)")
    };
    if !session.settings.paths.state.exists() {
        return Err(missing());
    }
    let identity = session.settings.paths.identity.clone();
    match crate::secret::value(session.state()?, &identity, TOKEN_SECRET) {
        Ok(bytes) => {
            let token = std::str::from_utf8(&bytes)
                .map_err(|_| Error::remote("the secret `meta/cloudflare/api_token` is not text"))?
                .trim();
            if token.is_empty() {
                return Err(missing());
            }
            check_token(
                "Cloudflare API token in the secret `meta/cloudflare/api_token`",
                token,
            )?;
            Ok(Zeroizing::new(token.to_string()))
        }
        Err(e) if e.kind == Kind::NotFound => Err(missing()),
        Err(e) => Err(e),
    }
}

/// A Cloudflare client for a command with `--retry-budget` `retry_budget`.
pub fn connect(session: &mut Session, retry_budget: Duration) -> Result<Cloudflare> {
    Cloudflare::connect(session, retry_budget)
}

pub(crate) fn zone(client: &Client, name: &str) -> Result<Zone> {
    client.zone(name)?.ok_or_else(|| {
        Error::not_found(format!("zone `{name}` not found"))
            .with_hint("check the name, and that the token may read the zone (Zone.Zone:Read)")
    })
}

pub(crate) fn zone_of(client: &Client, hostname: &str) -> Result<Zone> {
    client.zone_of(hostname)?.ok_or_else(|| {
        Error::not_found(format!("no zone of this account holds `{hostname}`"))
            .with_hint("check the name, and that the token may read the zone (Zone.Zone:Read)")
    })
}

pub(crate) fn records_path(zone_id: &str) -> String {
    format!("/zones/{zone_id}/dns_records")
}

/// The view of a step that calls the API: `METHOD path` is its target, `METHOD path: what`
/// its summary, and `detail` what it sends ([`body`]).
pub(crate) fn api_view(method: &str, path: &str, what: &str, detail: Option<String>) -> StepView {
    let target = format!("{method} {path}");
    StepView {
        kind: StepKind::ApiCall,
        summary: format!("{target}: {what}"),
        target,
        detail,
    }
}

/// A request body as a step shows it. The bodies of these calls (records, tunnel ingress)
/// hold no secret, so there is nothing to mask.
pub(crate) fn body(value: &serde_json::Value) -> Option<String> {
    Some(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// [`Session::run_plan`] with `api` as the remote; what the calls found worth telling (a
/// refused batch endpoint) goes to `progress` as warnings, whether the plan went through
/// or not.
pub(crate) fn run_plan(
    session: &mut Session,
    plan: Plan,
    dry_run: bool,
    api: &mut Cloudflare,
    progress: &dyn Progress,
) -> Result<Applied> {
    let applied = session.run_plan(plan, dry_run, Some(&mut *api), progress);
    for note in api.take_notes() {
        progress.warn(&note);
    }
    applied
}

/// `cloudflare.batch_limit`: the most record changes in one batch call.
pub(crate) fn batch_limit(session: &mut Session) -> Result<usize> {
    let text = session
        .config()?
        .get("cloudflare.batch_limit")?
        .unwrap_or_else(|| "200".into());
    text.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            Error::usage(format!(
                "cloudflare.batch_limit must be a positive number, not `{text}`"
            ))
        })
}

/// A record as `meta dns` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RecordOut {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: u32,
    pub comment: Option<String>,
    pub ownership: Ownership,
}

impl From<&Record> for RecordOut {
    fn from(r: &Record) -> Self {
        RecordOut {
            id: r.id.clone(),
            name: r.name.clone(),
            kind: r.kind.clone(),
            content: r.content.clone(),
            proxied: r.proxied,
            ttl: r.ttl,
            comment: r.comment.clone(),
            ownership: dns::ownership(r),
        }
    }
}
