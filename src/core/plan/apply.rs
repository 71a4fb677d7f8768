//! Applying a plan, and recovering one that was cut short.
//!
//! A plan that touches only the state file is one transaction: its changes and its audit
//! entry commit together or not at all. A plan that touches the host or an API takes the
//! host lock, records itself in the journal with an audit entry saying it started, writes
//! each step's undo record before running the step, and closes with one transaction that
//! commits its state changes, the audit entry of its outcome, and the removal of its
//! journal. A failed step undoes itself and the steps before it, newest first; services
//! are restarted once every file and API call is back, so they start on the old content.

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

use super::journal::{self, Unfinished};
use super::{Action, Plan, PlanView, Step, StepKind, StepView};
use crate::core::error::{Error, Kind, Result};
use crate::core::host::lock::{self, HostLock};
use crate::core::host::{atomic, Host};
pub use crate::core::state::Audit;
use crate::core::state::{JournalStep, State, StateOp, Tx};

/// Carries out the calls of one remote API. An inverse call of something that never
/// happened (deleting a record that was never made) must succeed, since a crash can come
/// between writing an undo record and running its step.
pub trait RemoteApi {
    fn call(&mut self, api: &str, call: &serde_json::Value) -> Result<()>;
}

/// What a plan acts through: the host (files, programs with deadlines), the remote APIs,
/// and where the host lock lives.
pub struct Effects<'r, 's> {
    pub host: Host,
    pub home: PathBuf,
    /// How long to wait for another plan's host lock.
    pub lock_wait: Duration,
    pub remote: Option<&'r mut dyn RemoteApi>,
    /// Told of each step as it starts (progress on a terminal).
    pub on_step: Option<&'s mut dyn FnMut(&StepView)>,
}

/// A plan that ran to the end.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    pub plan: PlanView,
    /// Things worth telling the person: a dead holder's host lock taken over.
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// Applies `plan`, recording it in the audit log as `audit`. An empty plan writes nothing.
pub fn apply(state: &mut State, fx: &mut Effects, plan: Plan, audit: &Audit) -> Result<Applied> {
    let view = plan.view();
    let mut notes = Vec::new();
    if plan.is_empty() {
        return Ok(Applied { plan: view, notes });
    }
    let detail = detail_of(&view.steps);
    check_files(&plan.steps, fx)?;
    if plan.state_only() {
        let (_, ops) = plan.into_parts();
        let home = &fx.home;
        state.write_unaudited(|tx| {
            journal::refuse_unfinished(tx, home)?;
            commit_state(tx, &ops, audit, "ok", &detail)
        })?;
        return Ok(Applied { plan: view, notes });
    }
    let host_lock = HostLock::acquire(&fx.home, &audit.command, fx.lock_wait)?;
    if let Some(dead) = &host_lock.took_over {
        notes.push(format!(
            "took over the host lock of {}, which is no longer running",
            dead.describe()
        ));
    }
    let (steps, ops) = plan.into_parts();
    let stored = journal::StoringPlan {
        steps: &steps,
        state: &ops,
    };
    let id = state.write_unaudited(|tx| {
        journal::refuse_unfinished(tx, &fx.home)?;
        let id = tx.journal_begin(
            &audit.command,
            &audit.target,
            std::process::id(),
            &journal::encode(&stored)?,
        )?;
        crate::audit::append_by(tx, audit, "started", &detail)?;
        Ok(id)
    })?;
    run_to_end(state, fx, id, &steps, 0, &ops, audit, &detail)?;
    drop(host_lock);
    Ok(Applied { plan: view, notes })
}

/// Runs `steps[start..]`, then commits `ops` with the audit entry; on any failure rolls the
/// whole plan back and returns the error, worded by which step failed.
#[allow(clippy::too_many_arguments)]
fn run_to_end(
    state: &mut State,
    fx: &mut Effects,
    id: i64,
    steps: &[Step],
    start: usize,
    ops: &[(StepView, StateOp)],
    audit: &Audit,
    detail: &str,
) -> Result<()> {
    let total = steps.len() + ops.len();
    for (i, step) in steps.iter().enumerate().skip(start) {
        if let Some(f) = fx.on_step.as_mut() {
            f(&step.view);
        }
        let undo = undo_record(step, fx)
            .and_then(|undo| undo.as_ref().map(journal::encode).transpose())
            .and_then(|undo| {
                state.write_unaudited(|tx| tx.journal_step(id, i as i64, undo.as_deref()))
            });
        if let Err(err) = undo.and_then(|()| execute(fx, &step.action)) {
            let err = in_terms_of(step.view.kind, err);
            let position = failed_at(i, total, &step.view, &err.message);
            return Err(roll_back_after(
                state,
                fx,
                id,
                audit,
                i,
                Error {
                    message: position,
                    ..err
                },
            ));
        }
    }
    let closed = state.write_unaudited(|tx| {
        commit_state(tx, ops, audit, "ok", detail)?;
        tx.journal_clear(id)
    });
    if let Err(err) = closed {
        let err = err.context("the plan ran, but its result could not be recorded");
        return Err(roll_back_after(state, fx, id, audit, steps.len(), err));
    }
    Ok(())
}

fn commit_state(
    tx: &Tx,
    ops: &[(StepView, StateOp)],
    audit: &Audit,
    outcome: &str,
    detail: &str,
) -> Result<()> {
    for (_, op) in ops {
        op.apply(tx)?;
    }
    crate::audit::append_by(tx, audit, outcome, detail)?;
    Ok(())
}

/// Undoes the journaled steps of plan `id` after a failure at step `failed` (0-based), and
/// says so in the error.
fn roll_back_after(
    state: &mut State,
    fx: &mut Effects,
    id: i64,
    audit: &Audit,
    failed: usize,
    err: Error,
) -> Error {
    match roll_back(state, fx, id) {
        Ok(notes) => {
            let outcome = format!("error: {}; rolled back", err.kind.as_str());
            let recorded = state.write_unaudited(|tx| {
                crate::audit::append_by(tx, audit, &outcome, &err.message)?;
                tx.journal_clear(id)
            });
            let undone = match failed {
                0 => String::new(),
                1 => "; the step before it was undone".to_string(),
                n => format!("; the {n} steps before it were undone"),
            };
            let notes: String = notes.iter().map(|n| format!("; {n}")).collect();
            let err = Error {
                message: format!("{}{undone}{notes}", err.message),
                ..err
            };
            match recorded {
                Ok(()) => err,
                Err(e) => err.with_hint(format!(
                    "the host is as it was, but the rollback could not be recorded ({}); run `meta recover`",
                    e.message
                )),
            }
        }
        Err(failures) => Error::failure(format!("{}; {}", err.message, failures.join("; ")))
            .with_hint("the host may be half-changed; its undo records are kept: run `meta recover` to try again"),
    }
}

/// Runs the undo records of plan `id`, newest first, programs (service restarts) last.
/// Only a file or API call that could not be put back is a failure: a service that will not
/// restart on the old files is reported, but there is nothing more to put back.
fn roll_back(
    state: &mut State,
    fx: &mut Effects,
    id: i64,
) -> std::result::Result<Vec<String>, Vec<String>> {
    let records = state
        .read(|tx| tx.journal_steps(id))
        .map_err(|e| vec![e.message])?;
    let mut undo = Vec::new();
    let mut failures = Vec::new();
    for record in records {
        match record
            .undo
            .as_deref()
            .map(journal::decode::<Action>)
            .transpose()
        {
            Ok(action) => undo.push((record.seq as usize, action)),
            Err(e) => failures.push(e.message),
        }
    }
    let notes = run_undo(fx, undo, &mut failures);
    if failures.is_empty() {
        Ok(notes)
    } else {
        Err(failures)
    }
}

/// Runs undo records (step index, record) newest first, programs last and once each;
/// pushes what could not be put back to `failures` and returns notes on services.
fn run_undo(
    fx: &mut Effects,
    records: Vec<(usize, Option<Action>)>,
    failures: &mut Vec<String>,
) -> Vec<String> {
    let mut programs: Vec<Action> = Vec::new();
    for (seq, undo) in records.into_iter().rev() {
        let Some(undo) = undo else { continue };
        if matches!(undo, Action::Run { .. }) {
            if !programs.contains(&undo) {
                programs.push(undo);
            }
            continue;
        }
        if let Err(e) = execute(fx, &undo) {
            failures.push(format!("undoing step {} failed: {}", seq + 1, e.message));
        }
    }
    let mut notes = Vec::new();
    for undo in &programs {
        if let Err(e) = execute(fx, undo) {
            notes.push(format!("after putting the files back, {}", e.message));
        }
    }
    notes
}

/// Applies a plan where there is no state file yet (`config set` before `meta init`): the
/// undo records live in memory and nothing is recorded.
pub fn apply_without_state(fx: &mut Effects, plan: Plan) -> Result<Applied> {
    let view = plan.view();
    let (steps, ops) = plan.into_parts();
    if !ops.is_empty() {
        return Err(
            Error::failure("this change needs the state file").with_hint("run `meta init` first")
        );
    }
    check_files(&steps, fx)?;
    let total = steps.len();
    let mut undo = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        if let Some(f) = fx.on_step.as_mut() {
            f(&step.view);
        }
        undo.push((i, undo_record(step, fx)?));
        if let Err(err) = execute(fx, &step.action) {
            let err = in_terms_of(step.view.kind, err);
            let mut failures = Vec::new();
            let notes = run_undo(fx, undo, &mut failures);
            let message = format!(
                "{}{}",
                failed_at(i, total, &step.view, &err.message),
                failures
                    .iter()
                    .chain(&notes)
                    .map(|f| format!("; {f}"))
                    .collect::<String>()
            );
            return Err(Error { message, ..err });
        }
    }
    Ok(Applied {
        plan: view,
        notes: Vec::new(),
    })
}

/// Refuses, before anything runs, a plan with a file step at a symlink that leads out of
/// `--root` (exit 4).
fn check_files<'a>(steps: impl IntoIterator<Item = &'a Step>, fx: &Effects) -> Result<()> {
    for step in steps {
        if let Action::WriteFile { path, .. } | Action::RemoveFile { path } = &step.action {
            atomic::resolve(path, fx.host.root())?;
        }
    }
    Ok(())
}

/// How to put back what `step` is about to change: for files, their bytes and mode as they
/// are now; for the rest, the inverse the plan gave. A file step at a symlink acts on the
/// link's target, so the record restores the target and the link stays as it is.
fn undo_record(step: &Step, fx: &Effects) -> Result<Option<Action>> {
    match &step.action {
        Action::WriteFile { path, .. } | Action::RemoveFile { path } => {
            let path = atomic::resolve(path, fx.host.root())?;
            Ok(Some(match atomic::read_optional(&path)? {
                Some(content) => Action::WriteFile {
                    mode: super::file_mode(&path),
                    path,
                    content,
                },
                None => Action::RemoveFile { path },
            }))
        }
        _ => Ok(step.inverse.clone()),
    }
}

fn execute(fx: &mut Effects, action: &Action) -> Result<()> {
    match action {
        Action::WriteFile {
            path,
            content,
            mode,
        } => atomic::write_file(&atomic::resolve(path, fx.host.root())?, content, *mode),
        Action::RemoveFile { path } => atomic::remove_file(&atomic::resolve(path, fx.host.root())?),
        Action::Run { program, args } => fx.host.run_ok(program, args).map(|_| ()),
        Action::Remote { api, call } => match fx.remote.as_mut() {
            Some(remote) => remote.call(api, call),
            None => Err(Error::failure(format!(
                "no client for the `{api}` API was set up for this plan"
            ))),
        },
        Action::Wait { url, timeout_ms } => {
            let timeout = Duration::from_millis(*timeout_ms);
            if crate::core::http::wait_for(url, timeout) {
                Ok(())
            } else {
                Err(Error::validation(format!(
                    "`{url}` did not answer within {} s",
                    timeout.as_secs_f64()
                )))
            }
        }
    }
}

/// Which step of how many failed, and why: the start of every failed plan's error.
fn failed_at(index: usize, total: usize, step: &StepView, why: &str) -> String {
    format!(
        "step {} of {total} (`{}`) failed: {why}",
        index + 1,
        step.summary
    )
}

/// A failed check, service action or wait is a validation failure (exit 6); other steps
/// keep their own kind.
fn in_terms_of(kind: StepKind, err: Error) -> Error {
    match kind {
        StepKind::Validate | StepKind::Service | StepKind::Wait
            if matches!(err.kind, Kind::Failure | Kind::NotFound) =>
        {
            Error {
                kind: Kind::Validation,
                ..err
            }
        }
        _ => err,
    }
}

/// The audit entry's detail: one `kind: summary` line per step.
pub fn detail_of(steps: &[StepView]) -> String {
    steps
        .iter()
        .map(|s| format!("{}: {}", crate::core::output::plain(&s.kind), s.summary))
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecoverMode {
    /// Undo what the plan did.
    Back,
    /// Run the rest of the plan.
    Forward,
}

/// What `meta recover` found and did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Recovery {
    /// The plan that was cut short, if there was one.
    pub unfinished: Option<Unfinished>,
    /// The holder of the host lock, when one is named in the lock file.
    pub lock_holder: Option<String>,
    pub lock_holder_alive: bool,
    /// Set when the holder of the host lock had died holding it, and recover took it over.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub took_over: Option<String>,
    pub mode: RecoverMode,
    /// What recover does (`--dry-run`) or did.
    pub plan: PlanView,
}

/// Rolls back (or with [`RecoverMode::Forward`] finishes) the plan a crash left in the
/// journal. With `dry_run`, only says what it would do.
pub fn recover(
    state: &mut State,
    fx: &mut Effects,
    mode: RecoverMode,
    dry_run: bool,
) -> Result<Recovery> {
    let holder = lock::holder(&fx.home);
    let mut recovery = Recovery {
        unfinished: None,
        lock_holder: holder.as_ref().map(|(h, _)| h.describe()),
        lock_holder_alive: holder.as_ref().is_some_and(|(_, alive)| *alive),
        took_over: None,
        mode,
        plan: PlanView::default(),
    };
    let _lock = if dry_run {
        None
    } else {
        let lock = HostLock::acquire(&fx.home, "recover", fx.lock_wait)?;
        recovery.took_over = lock.took_over.as_ref().map(|h| h.describe());
        Some(lock)
    };
    let Some(found) = state.read(journal::unfinished)? else {
        return Ok(recovery);
    };
    let (row, stored, records) = found;
    recovery.unfinished = Some(journal::describe(&row, &records));
    let ran = records.len();
    recovery.plan = match mode {
        RecoverMode::Back => undo_view(&stored, &records),
        RecoverMode::Forward => forward_view(&stored, ran),
    };
    if dry_run {
        return Ok(recovery);
    }
    let audit = Audit {
        command: "recover".to_string(),
        target: row.target.clone(),
        actor: None,
    };
    let detail = detail_of(&recovery.plan.steps);
    match mode {
        RecoverMode::Back => {
            let notes = roll_back(state, fx, row.id).map_err(|failures| {
                Error::failure(format!(
                    "could not roll back `{}`: {}",
                    row.command,
                    failures.join("; ")
                ))
                .with_hint("fix what is named above, then run `meta recover` again")
            })?;
            let mut outcome = format!("rolled back `{}` of {}", row.command, row.started);
            for note in notes {
                outcome.push_str("; ");
                outcome.push_str(&note);
            }
            state.write_unaudited(|tx| {
                crate::audit::append_by(tx, &audit, &outcome, &detail)?;
                tx.journal_clear(row.id)
            })?;
        }
        RecoverMode::Forward => {
            // The last journaled step may have run in part: run it again (steps are made
            // to be repeatable).
            let start = ran.saturating_sub(1).min(stored.steps.len());
            let audit = Audit {
                command: format!("recover --forward ({})", row.command),
                target: row.target.clone(),
                actor: None,
            };
            run_to_end(
                state,
                fx,
                row.id,
                &stored.steps,
                start,
                &stored.state,
                &audit,
                &detail,
            )?;
        }
    }
    Ok(recovery)
}

/// The APIs named by the steps of the unfinished plan, if any: recovery connects them.
pub fn unfinished_apis(state: &mut State) -> Result<Vec<String>> {
    let Some((_, stored, _)) = state.read(journal::unfinished)? else {
        return Ok(Vec::new());
    };
    let mut apis: Vec<String> = stored
        .steps
        .iter()
        .flat_map(|s| [Some(&s.action), s.inverse.as_ref()])
        .flatten()
        .filter_map(|a| match a {
            Action::Remote { api, .. } => Some(api.clone()),
            _ => None,
        })
        .collect();
    apis.sort();
    apis.dedup();
    Ok(apis)
}

/// What rolling back does: each started step's undo, newest first, with the diff from the
/// file as it is now to the bytes the undo puts back.
fn undo_view(stored: &journal::StoredPlan, records: &[JournalStep]) -> PlanView {
    let steps: Vec<StepView> = records
        .iter()
        .rev()
        .filter_map(|record| {
            let step = stored.steps.get(usize::try_from(record.seq).ok()?)?;
            let undo: Option<Action> = record.undo.as_deref().and_then(|t| journal::decode(t).ok());
            let detail = match &undo {
                Some(Action::WriteFile { path, content, .. }) => {
                    let now = atomic::read_optional(path).ok().flatten();
                    Some(super::unified_diff(
                        &step.view.target,
                        now.as_deref(),
                        Some(content),
                    ))
                }
                Some(Action::RemoveFile { path }) => {
                    let now = atomic::read_optional(path).ok().flatten();
                    Some(super::unified_diff(&step.view.target, now.as_deref(), None))
                }
                _ => None,
            };
            Some(StepView {
                summary: format!("undo: {}", step.view.summary),
                detail: detail.filter(|d| !d.is_empty()),
                ..step.view.clone()
            })
        })
        .collect();
    PlanView {
        changes: steps.len(),
        unchanged: 0,
        steps,
    }
}

fn forward_view(stored: &journal::StoredPlan, ran: usize) -> PlanView {
    let steps: Vec<StepView> = stored
        .steps
        .iter()
        .skip(ran.saturating_sub(1))
        .map(|s| s.view.clone())
        .chain(stored.state.iter().map(|(v, _)| v.clone()))
        .collect();
    PlanView {
        changes: steps.len(),
        unchanged: 0,
        steps,
    }
}
