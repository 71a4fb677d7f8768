//! `vm autoscale`: one evaluation for one VM, for an hourly cron job. Under the VM's
//! autoscale lock: read its type and CPU, decide (`vm::autoscale::decide`), and apply one
//! plan: the resize steps when the decision moves the VM, and the decision row, committed
//! with the plan's audit entry. A decision to stay is a plan of the row alone.

use serde::Serialize;
use time::OffsetDateTime;

use super::resize::{self, ResizeReport};
use super::{apply, begin, Gcp, Outcome, Progress, Scope};
use crate::api::gcp::compute::short_name;
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, PlanView, StateOp};
use crate::core::state::DecisionRow;
use crate::ops::Session;
use crate::vm::autoscale::{self, Settings, Verdict};
use crate::vm::{self, health};

pub struct Request {
    pub scope: Scope,
    pub name: String,
    pub settings: Settings,
    pub dry_run: bool,
}

/// What one evaluation decided and did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Report {
    pub name: String,
    pub zone: String,
    pub machine_type: String,
    pub cpu_avg: Option<f64>,
    pub cpu_max: Option<f64>,
    pub decision: Verdict,
    pub target_type: Option<String>,
    pub reason: String,
    /// `none` (stay), `resized`, `would resize` (dry run) or `failed: …`.
    pub outcome: String,
    pub dry_run: bool,
    pub resize: Option<ResizeReport>,
}

fn parse_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

fn row(project: &str, r: &Report, acted: bool) -> DecisionRow {
    DecisionRow {
        time: crate::core::state::now(),
        project: project.to_string(),
        zone: r.zone.clone(),
        name: r.name.clone(),
        machine_type: r.machine_type.clone(),
        cpu_avg: r.cpu_avg,
        cpu_max: r.cpu_max,
        decision: r.decision.as_str().to_string(),
        target_type: r.target_type.clone(),
        reason: r.reason.clone(),
        acted,
        outcome: r.outcome.clone(),
    }
}

fn record(plan: &mut Plan, target: &str, r: &Report, project: &str, acted: bool) {
    let summary = format!(
        "record the autoscale decision `{}` for `{}` ({})",
        r.decision.as_str(),
        r.name,
        r.outcome
    );
    plan.push_state(
        target,
        summary,
        StateOp::AutoscaleDecision {
            row: row(project, r, acted),
        },
    );
}

/// The thresholds must be percentages, and going down must take less than going up.
fn check(settings: &Settings) -> Result<()> {
    health::check_minutes(settings.minutes)?;
    for (flag, v) in [
        ("--up-avg", settings.up_avg),
        ("--up-max", settings.up_max),
        ("--down-avg", settings.down_avg),
    ] {
        if !(0.0..=1000.0).contains(&v) {
            return Err(Error::usage(format!(
                "{flag} must be a percentage, not {v}"
            )));
        }
    }
    if settings.down_avg >= settings.up_avg {
        return Err(Error::usage(
            "--down-avg must be below --up-avg, or the VM would go up and down in turn",
        ));
    }
    Ok(())
}

pub fn run(
    session: &mut Session,
    req: &Request,
    progress: &dyn Progress,
) -> Result<Outcome<Report>> {
    check(&req.settings)?;
    let name = req.name.as_str();
    vm::check_name(name)?;
    let gcp = begin(session, &req.scope, "vm autoscale", name, req.dry_run)?;
    let t = gcp.target().clone();
    // The lock comes before anything is read, so two runs never decide on the same data.
    let _lock = if req.dry_run {
        None
    } else {
        Some(vm::lock::try_lock(
            &session.settings.paths.home,
            &t.project,
            &t.zone,
            name,
        )?)
    };
    // The decision is recorded: the state file must be there (`meta init`) before any call.
    session.state()?;
    let read = (|| {
        let inst = vm::instance(&gcp.vm, name)?;
        let cpu = health::cpu(
            &gcp.vm,
            name,
            req.settings.minutes,
            OffsetDateTime::now_utc(),
        )?;
        Ok((inst, cpu))
    })();
    let (inst, cpu) = gcp.mend(session, read)?;
    let current = short_name(&inst.machine_type).to_string();
    let last = session
        .state()?
        .read(|tx| tx.autoscale_last_action(&t.project, &t.zone, name))?;
    let last_time = last.as_ref().and_then(|d| parse_time(&d.time));
    let decision = autoscale::decide(
        &current,
        &req.settings,
        cpu,
        last_time,
        OffsetDateTime::now_utc(),
    )?;
    let mut report = Report {
        name: name.to_string(),
        zone: t.zone.clone(),
        machine_type: current.clone(),
        cpu_avg: cpu.map(|c| c.avg),
        cpu_max: cpu.map(|c| c.max),
        decision: decision.verdict,
        target_type: decision.target.clone(),
        reason: decision.reason.clone(),
        outcome: "none".into(),
        dry_run: req.dry_run,
        resize: None,
    };
    let audit_target = gcp.audit_target(name);
    let Some(to) = decision.target.clone() else {
        let mut plan = Plan::new();
        record(&mut plan, &audit_target, &report, &t.project, false);
        let plan = apply(session, &gcp, plan, req.dry_run, progress)?;
        return Ok(done(&gcp, progress, plan, report, req.dry_run));
    };
    let mut plan = resize::plan(&t, &inst, &to)?;
    report.outcome = if req.dry_run {
        "would resize".into()
    } else {
        "resized".into()
    };
    let was_running = inst.status == "RUNNING";
    report.resize = Some(ResizeReport::new(name, &t.zone, &inst, &to, true));
    record(&mut plan, &audit_target, &report, &t.project, true);
    let started = std::time::Instant::now();
    match apply(session, &gcp, plan, req.dry_run, progress) {
        Ok(plan) => {
            if let Some(r) = report.resize.as_mut() {
                r.count_downtime(started, req.dry_run);
            }
            Ok(done(&gcp, progress, plan, report, req.dry_run))
        }
        Err(e) => {
            let e = resize::back_at_old_type(e, name, &current, was_running);
            // The failed attempt counts for the cooldown too; a recording problem must not
            // hide the failure, which is the news.
            report.outcome = format!("failed: {}", e.message);
            report.resize = None;
            let mut plan = Plan::new();
            record(&mut plan, &audit_target, &report, &t.project, true);
            let _ = session.apply(plan, false, None, None);
            Err(e)
        }
    }
}

/// The outcome of an evaluation that went through, once `progress` has heard what is
/// worth telling about the connection.
fn done(
    gcp: &Gcp,
    progress: &dyn Progress,
    plan: PlanView,
    report: Report,
    dry_run: bool,
) -> Outcome<Report> {
    gcp.tell(progress);
    Outcome {
        plan,
        applied: !dry_run,
        result: report,
    }
}

/// `vm autoscale history`: the decisions recorded for a VM, oldest first. No credentials
/// are needed when project and zone are set.
pub fn history(
    session: &mut Session,
    scope: &Scope,
    name: &str,
    limit: u32,
) -> Result<Vec<DecisionRow>> {
    vm::check_name(name)?;
    let target = match super::credentials::configured_target(session, scope)? {
        Some(t) => t,
        None => super::credentials::connect(session, scope)?.vm.target,
    };
    autoscale::history(session.state()?, &target.project, &target.zone, name, limit)
}
