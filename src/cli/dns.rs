//! `meta dns list|get|create|upsert|delete|verify-token|sync|undo`: Cloudflare DNS records.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::{AuditSpec, Ctx, Status};
use crate::api::cloudflare::{self, Client, Record, RecordInput, Zone};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::core::plan::{PlanView, StepKind, StepView};
use crate::core::state::ManagedRecordRow;
use crate::dns::{self, sync, Desired, Ownership};

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

/// The API token: `CLOUDFLARE_API_TOKEN`, else the secret `meta/cloudflare/api_token`.
pub(crate) fn api_token(ctx: &mut Ctx) -> Result<Zeroizing<String>> {
    if let Some(token) = crate::core::settings::var("CLOUDFLARE_API_TOKEN") {
        let token = token.trim().to_string();
        if !token.is_empty() {
            return Ok(Zeroizing::new(token));
        }
    }
    let missing = || {
        Error::remote(
            "no Cloudflare API token: CLOUDFLARE_API_TOKEN is not set and there is no secret `meta/cloudflare/api_token`",
        )
        .with_hint("export CLOUDFLARE_API_TOKEN, or store it with `meta secret set meta/cloudflare/api_token` (scope Zone.DNS:Edit)")
    };
    if !ctx.paths.state.exists() {
        return Err(missing());
    }
    let identity = ctx.paths.identity.clone();
    match crate::secret::value(ctx.state()?, &identity, "meta/cloudflare/api_token") {
        Ok(bytes) => {
            let token = std::str::from_utf8(&bytes)
                .map_err(|_| Error::remote("the secret `meta/cloudflare/api_token` is not text"))?
                .trim();
            if token.is_empty() {
                return Err(missing());
            }
            Ok(Zeroizing::new(token.to_string()))
        }
        Err(e) if e.kind == crate::core::Kind::NotFound => Err(missing()),
        Err(e) => Err(e),
    }
}

pub(crate) fn client(ctx: &mut Ctx, retry_budget: u64) -> Result<Client> {
    let token = api_token(ctx)?;
    let base = ctx
        .config()?
        .get("cloudflare.api")?
        .unwrap_or_else(|| "https://api.cloudflare.com/client/v4".into());
    Ok(Client::new(&base, token, Duration::from_secs(retry_budget)))
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

/// A record as `meta dns` shows it.
#[derive(Debug, Serialize)]
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

#[derive(Debug, Serialize)]
struct RecordChange {
    #[serde(flatten)]
    record: RecordOut,
    change: &'static str,
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
            ("change", self.change.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.record.name.clone()]
    }
}

impl Render for cloudflare::TokenStatus {
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

fn api_plan(
    method: &str,
    path: String,
    summary: String,
    body: Option<serde_json::Value>,
) -> PlanView {
    PlanView {
        changes: 1,
        unchanged: 0,
        steps: vec![StepView {
            kind: StepKind::ApiCall,
            target: format!("{method} {path}"),
            summary: format!("{method} {path}: {summary}"),
            detail: body.map(|b| serde_json::to_string_pretty(&b).unwrap_or_default()),
        }],
    }
}

fn managed_row(zone: &Zone, d: &Desired) -> ManagedRecordRow {
    ManagedRecordRow {
        zone: zone.name.clone(),
        name: d.name.clone(),
        kind: d.kind.clone(),
        content: d.content.clone(),
        proxied: d.proxied,
        ttl: d.ttl,
    }
}

/// Creates or (with `upsert`) updates one record made by `meta`, recorded as managed so
/// `dns sync` keeps it. Shared with `tunnel route`.
pub(crate) fn put_record(
    ctx: &mut Ctx,
    client: &Client,
    want: &Desired,
    upsert: bool,
) -> Result<Status> {
    let zone = zone_of(client, &want.name)?;
    let existing = client.list_records(&zone.id, Some(&want.kind), Some(&want.name))?;
    let input = want.input();
    let current = existing
        .iter()
        .find(|r| dns::ownership(r) != Ownership::Unmanaged)
        .or_else(|| existing.first());
    let records_path = format!("/zones/{}/dns_records", zone.id);
    let (record, change) = match current {
        Some(r) if !upsert => {
            return Err(Error::conflict(format!(
                "a {} record for `{}` already exists ({})",
                r.kind, r.name, r.content
            ))
            .with_hint("use `meta dns upsert` to change it"))
        }
        Some(r) if RecordInput::of(r) == input => {
            ctx.printer.status(format!(
                "{} {} already matches; unchanged",
                want.kind, want.name
            ));
            if ctx.dry_run {
                return ctx.print_plan(&PlanView::default());
            }
            (r.clone(), "unchanged")
        }
        Some(r) => {
            let body = json!({
                "name": input.name, "type": input.kind, "content": input.content,
                "proxied": input.proxied, "ttl": input.ttl, "comment": input.comment,
            });
            if ctx.dry_run {
                return ctx.print_plan(&api_plan(
                    "PATCH",
                    format!("{records_path}/{}", r.id),
                    format!("update {} {} → {}", want.kind, want.name, want.content),
                    Some(body),
                ));
            }
            (client.patch_record(&zone.id, &r.id, &body)?, "updated")
        }
        None => {
            if ctx.dry_run {
                return ctx.print_plan(&api_plan(
                    "POST",
                    records_path,
                    format!("create {} {} → {}", want.kind, want.name, want.content),
                    serde_json::to_value(&input).ok(),
                ));
            }
            (client.create_record(&zone.id, &input)?, "created")
        }
    };
    let row = managed_row(&zone, want);
    ctx.state()?.write(|tx| tx.dns_managed_put(&row))?;
    if change != "unchanged" {
        ctx.printer
            .status(format!("{change} {} {}", record.kind, record.name));
    }
    ctx.printer.result(&RecordChange {
        record: RecordOut::from(&record),
        change,
    })?;
    Ok(Status::Success)
}

pub fn run(ctx: &mut Ctx, args: DnsArgs) -> Result<Status> {
    let budget = args.retry_budget;
    match args.command {
        DnsCommand::List { zone, kind, name } => {
            let client = client(ctx, budget)?;
            let zone = self::zone(&client, &zone)?;
            let name = name.map(|n| dns::full_name(&n, &zone.name));
            let kind = kind.map(|k| k.to_ascii_uppercase());
            let records = client.list_records(&zone.id, kind.as_deref(), name.as_deref())?;
            let out: Vec<RecordOut> = records.iter().map(RecordOut::from).collect();
            ctx.printer.result(&out)?;
        }
        DnsCommand::Get { name, kind } => {
            dns::validate_record_name(&name, true)?;
            let client = client(ctx, budget)?;
            let zone = zone_of(&client, &name)?;
            let kind = kind.map(|k| k.to_ascii_uppercase());
            let records = client.list_records(&zone.id, kind.as_deref(), Some(&name))?;
            if records.is_empty() {
                return Err(Error::not_found(format!("no record named `{name}`")));
            }
            let out: Vec<RecordOut> = records.iter().map(RecordOut::from).collect();
            ctx.printer.result(&out)?;
        }
        DnsCommand::Create(a) => {
            let want =
                dns::record_request(&a.name, &a.kind, &a.content, a.proxied, a.ttl, "dns create")?;
            let client = client(ctx, budget)?;
            return put_record(ctx, &client, &want, false);
        }
        DnsCommand::Upsert(a) => {
            let want =
                dns::record_request(&a.name, &a.kind, &a.content, a.proxied, a.ttl, "dns create")?;
            let client = client(ctx, budget)?;
            return put_record(ctx, &client, &want, true);
        }
        DnsCommand::Delete { name, kind } => {
            dns::validate_record_name(&name, true)?;
            let client = client(ctx, budget)?;
            let zone = zone_of(&client, &name)?;
            let kind = kind.map(|k| k.to_ascii_uppercase());
            let records = client.list_records(&zone.id, kind.as_deref(), Some(&name))?;
            if records.is_empty() {
                return Err(Error::not_found(format!(
                    "no {}record named `{name}`",
                    kind.as_deref().map(|k| format!("{k} ")).unwrap_or_default()
                )));
            }
            let path = format!("/zones/{}/dns_records", zone.id);
            if ctx.dry_run {
                let steps = records
                    .iter()
                    .map(|r| StepView {
                        kind: StepKind::ApiCall,
                        target: format!("DELETE {path}/{}", r.id),
                        summary: format!(
                            "DELETE {path}/{}: delete {} {} → {}",
                            r.id, r.kind, r.name, r.content
                        ),
                        detail: None,
                    })
                    .collect::<Vec<_>>();
                return ctx.print_plan(&PlanView {
                    changes: steps.len(),
                    unchanged: 0,
                    steps,
                });
            }
            if records.len() > 1 {
                let list: Vec<String> = records
                    .iter()
                    .map(|r| format!("{} {}", r.kind, r.content))
                    .collect();
                ctx.confirm(&format!(
                    "delete {} records named `{name}` ({})",
                    records.len(),
                    list.join(", ")
                ))?;
            }
            for r in &records {
                client.delete_record(&zone.id, &r.id)?;
                let (zn, rn, rk) = (zone.name.clone(), r.name.clone(), r.kind.clone());
                ctx.state()?
                    .write(|tx| tx.dns_managed_remove(&zn, &rn, &rk))?;
                ctx.printer
                    .status(format!("deleted {} {} → {}", r.kind, r.name, r.content));
            }
            let out: Vec<RecordOut> = records.iter().map(RecordOut::from).collect();
            ctx.printer.result(&out)?;
        }
        DnsCommand::VerifyToken => {
            let client = client(ctx, budget)?;
            let status = client.verify_token()?;
            ctx.printer.result(&status)?;
            if status.status != "active" {
                return Err(Error::remote(format!(
                    "the Cloudflare API token is {}",
                    status.status
                ))
                .with_hint("create a new token with the scope Zone.DNS:Edit"));
            }
        }
        DnsCommand::Sync { zone, check, force } => {
            return sync_zone(ctx, budget, &zone, check, force)
        }
        DnsCommand::Undo { zone } => return undo(ctx, budget, &zone),
    }
    Ok(Status::Success)
}

fn tunnel_id(ctx: &mut Ctx) -> Result<Option<String>> {
    ctx.config()?.get("cloudflare.tunnel_id")
}

fn batch_limit(ctx: &mut Ctx) -> Result<usize> {
    let text = ctx
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

fn sync_zone(
    ctx: &mut Ctx,
    budget: u64,
    zone_name: &str,
    check: bool,
    force: bool,
) -> Result<Status> {
    let client = client(ctx, budget)?;
    let zone = zone(&client, zone_name)?;
    let tunnel = tunnel_id(ctx)?;
    let (desired, notes) = sync::desired(ctx.state()?, &zone.name, tunnel.as_deref())?;
    for n in &notes {
        ctx.printer.warn(n);
    }
    let actual = client.list_records(&zone.id, None, None)?;
    let plan = sync::plan(zone.clone(), desired, actual, force);
    for s in &plan.skipped {
        ctx.printer
            .warn(format!("{} {}: {}", s.kind, s.name, s.reason));
    }
    let limit = batch_limit(ctx)?;
    let view = plan.view(limit);
    if check {
        if plan.changes.is_empty() {
            ctx.printer
                .status(format!("zone `{}` is in sync", zone.name));
            return Ok(Status::Success);
        }
        ctx.print_plan(&view)?;
        ctx.printer.problem(format!(
            "zone `{}` differs: {} change(s) pending",
            zone.name,
            plan.changes.len()
        ));
        return Ok(Status::Drift);
    }
    if ctx.dry_run {
        if plan.trips_guard() && !force {
            ctx.printer.warn(plan.guard_error().message);
        }
        return ctx.print_plan(&view);
    }
    if plan.trips_guard() && !force {
        return Err(plan.guard_error());
    }
    let (mut created, mut updated, mut deleted) = (0, 0, 0);
    if plan.changes.is_empty() {
        ctx.printer
            .status(format!("zone `{}`: nothing to change", zone.name));
    } else {
        let changes = plan.changes.clone();
        let (_, c, u, d) = sync::apply(&client, ctx.state()?, &zone, changes, limit)?;
        (created, updated, deleted) = (c, u, d);
        ctx.printer.status(format!(
            "zone `{}`: {created} created, {updated} updated, {deleted} deleted",
            zone.name
        ));
    }
    ctx.printer.result(&sync::Applied {
        zone: zone.name.clone(),
        created,
        updated,
        deleted,
        api_calls: client.calls(),
        skipped: plan.skipped,
    })?;
    Ok(Status::Success)
}

fn undo(ctx: &mut Ctx, budget: u64, zone_name: &str) -> Result<Status> {
    let client = client(ctx, budget)?;
    let zone = zone(&client, zone_name)?;
    let snapshot = ctx
        .state()?
        .read(|tx| tx.dns_snapshot_latest(&zone.name))?
        .ok_or_else(|| {
            Error::not_found(format!("no applied `dns sync` of `{}` to undo", zone.name))
        })?;
    let actual = client.list_records(&zone.id, None, None)?;
    let changes = sync::rebind(sync::undo_changes(&snapshot.changes)?, &actual);
    let plan = sync::SyncPlan {
        zone: zone.clone(),
        changes: changes.clone(),
        skipped: Vec::new(),
        managed: 0,
    };
    let limit = batch_limit(ctx)?;
    if ctx.dry_run {
        return ctx.print_plan(&plan.view(limit));
    }
    let (mut created, mut updated, mut deleted) = (0, 0, 0);
    if !changes.is_empty() {
        let (undo_id, c, u, d) = sync::apply(&client, ctx.state()?, &zone, changes, limit)?;
        (created, updated, deleted) = (c, u, d);
        // The undo's own snapshot is closed too, so a second `undo` goes one sync further
        // back instead of redoing this one.
        ctx.state()?.write(|tx| {
            tx.dns_snapshot_status(undo_id, "undone")?;
            tx.dns_snapshot_status(snapshot.id, "undone")
        })?;
    } else {
        ctx.state()?
            .write(|tx| tx.dns_snapshot_status(snapshot.id, "undone"))?;
    }
    ctx.printer.status(format!(
        "zone `{}`: put back the sync of {} ({created} created, {updated} restored, {deleted} deleted)",
        zone.name, snapshot.created
    ));
    ctx.printer.result(&sync::Applied {
        zone: zone.name.clone(),
        created,
        updated,
        deleted,
        api_calls: client.calls(),
        skipped: Vec::new(),
    })?;
    Ok(Status::Success)
}
