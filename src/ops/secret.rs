//! `meta secret …`: the encrypted secrets in the state file. The changing operations
//! record a step for each change inside the transaction that makes it (see
//! [`crate::core::state::State::change`]); values never appear in a request's serialized
//! form, a step, or an outcome.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{outcome, Confirm, Outcome, Session};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, PlanView, Step, StepKind, StepView};
use crate::core::state::SecretSummary;
use crate::secret::bundle::{self, ExportReport, ImportReport};
use crate::secret::env::{EnvFormat, Var, VarView};
use crate::secret::{self, DeleteMode, DeleteReport, History, Opened, RotateReport, SetReport};

/// `secret set`: store a new version of a secret.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct SetRequest {
    pub path: String,
    /// Take the value from this environment variable (named by the person, so it is not
    /// on the list of settings); otherwise the value comes with the call.
    pub from_env: Option<String>,
    #[serde(default)]
    pub allow_empty: bool,
}

/// Where `set` takes the value from when `req.from_env` is not given: called once, after
/// the path is checked, so nobody is asked for a value that goes nowhere. The value is
/// never logged.
pub type ReadValue<'a> = &'a mut dyn FnMut() -> Result<Zeroizing<Vec<u8>>>;

pub fn set(
    session: &mut Session,
    req: &SetRequest,
    value: Option<ReadValue>,
    dry_run: bool,
) -> Result<Outcome<SetReport>> {
    secret::check_path(&req.path)?;
    let value = match (&req.from_env, value) {
        (Some(var), _) => from_env(var)?,
        (None, Some(read)) => read()?,
        (None, None) => return Err(Error::usage("no value given for the secret")),
    };
    if value.is_empty() && !req.allow_empty {
        return Err(Error::usage(format!(
            "the value for `{}` is empty; nothing was stored",
            req.path
        ))
        .with_hint("pass `--allow-empty` to store an empty value on purpose"));
    }
    let identity = session.settings.paths.identity.clone();
    let (report, steps) = secret::set(session.state()?, &identity, &req.path, &value, dry_run)?;
    Ok(outcome(steps, dry_run, report))
}

fn from_env(var: &str) -> Result<Zeroizing<Vec<u8>>> {
    use std::os::unix::ffi::OsStringExt;
    let raw = crate::core::settings::named_var_os(var).ok_or_else(|| {
        Error::usage(format!("environment variable `{var}` is not set"))
            .with_hint("export it first, or pipe the value on stdin")
    })?;
    let bytes = Zeroizing::new(raw.into_vec());
    if bytes.len() > secret::MAX_VALUE_BYTES {
        return Err(secret::too_large());
    }
    Ok(bytes)
}

/// `secret delete`, `secret delete --purge`, `secret undelete`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct DeleteRequest {
    pub path: String,
    pub mode: Mode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Hide every version; `undelete` brings them back.
    Delete,
    Undelete,
    /// Destroy every version for good.
    Purge,
}

/// A purge asks `confirm` first (unless `dry_run`), once the path is known to exist, so a
/// missing path is not found rather than a question.
pub fn delete(
    session: &mut Session,
    req: &DeleteRequest,
    dry_run: bool,
    confirm: Confirm,
) -> Result<Outcome<DeleteReport>> {
    if req.mode == Mode::Purge && !dry_run {
        let history = secret::history(session.state()?, &req.path)?;
        confirm(&format!(
            "destroy all {} version(s) of secret `{}` for good",
            history.versions.len(),
            req.path
        ))?;
    }
    let mode = match req.mode {
        Mode::Delete => DeleteMode::Soft,
        Mode::Undelete => DeleteMode::Undelete,
        Mode::Purge => DeleteMode::Purge,
    };
    let (report, steps) = secret::delete(session.state()?, &req.path, mode, dry_run)?;
    Ok(outcome(steps, dry_run, report))
}

/// `secret rotate-key`: a new data key, every version re-encrypted under it.
pub fn rotate_key(session: &mut Session, dry_run: bool) -> Result<Outcome<RotateReport>> {
    let identity = session.settings.paths.identity.clone();
    let (report, steps) = secret::rotate_key(session.state()?, &identity, dry_run)?;
    Ok(outcome(steps, dry_run, report))
}

/// `secret import`: read back a bundle made by `secret export`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct ImportRequest {
    pub file: PathBuf,
    /// The age identity file that opens the bundle.
    pub bundle_identity: PathBuf,
    /// Put every imported path under this prefix.
    pub prefix: Option<String>,
}

pub fn import(
    session: &mut Session,
    req: &ImportRequest,
    dry_run: bool,
) -> Result<Outcome<ImportReport>> {
    let identity = session.settings.paths.identity.clone();
    let (report, steps) = bundle::import(
        session.state()?,
        &identity,
        &req.file,
        &req.bundle_identity,
        req.prefix.as_deref().unwrap_or(""),
        dry_run,
    )?;
    Ok(outcome(steps, dry_run, report))
}

/// `secret get`: open a version of a live secret.
pub fn get(session: &mut Session, path: &str, version: Option<i64>) -> Result<Opened> {
    // The value is returned only once its read is recorded, whatever the front end set up.
    if session.audit.is_none() {
        session.record_as("secret get", &format!("secret/{path}"));
    }
    let identity = session.settings.paths.identity.clone();
    let state = session.state()?;
    let opened = secret::get(state, &identity, path, version)?;
    // A read that hands out a value: recorded (committed, or the value is not returned),
    // with the checkpoint of the WAL left to a later command.
    state.defer_checkpoint()?;
    state.record_read()?;
    Ok(opened)
}

/// `secret list`.
pub fn list(
    session: &mut Session,
    prefix: &str,
    include_deleted: bool,
) -> Result<Vec<SecretSummary>> {
    secret::list(session.state()?, prefix, include_deleted)
}

/// `secret history`.
pub fn history(session: &mut Session, path: &str) -> Result<History> {
    secret::history(session.state()?, path)
}

/// `secret env`: the live secrets under a prefix rendered as a file. Records that their
/// values were handed out.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct EnvRequest {
    pub prefix: String,
    pub format: EnvFormat,
    /// Only these variables (names or last path segments).
    #[serde(default)]
    pub only: Vec<String>,
}

pub fn env(session: &mut Session, req: &EnvRequest) -> Result<Zeroizing<String>> {
    let vars = vars(session, &req.prefix, &req.only)?;
    let text = secret::env::render(&vars, req.format)?;
    let paths: Vec<String> = vars.iter().map(|v| v.path.clone()).collect();
    secret::audit_exposed(session.state()?, "secret env", &paths)?;
    Ok(text)
}

fn vars(session: &mut Session, prefix: &str, only: &[String]) -> Result<Vec<Var>> {
    let identity = session.settings.paths.identity.clone();
    let opened = secret::current_under(session.state()?, &identity, prefix)?;
    if opened.is_empty() {
        // Most likely a typo: say so rather than run a service without its variables.
        return Err(Error::not_found(format!("no secrets under `{prefix}`"))
            .with_hint("`meta secret list` shows the paths that exist"));
    }
    secret::env::vars(opened, only)
}

/// `secret exec`: a command to run with the secrets under a prefix as variables. The
/// command line is the caller's, as given (not UTF-8 necessarily), so this request is not
/// serialized.
#[derive(Debug, Clone)]
pub struct ExecRequest {
    pub prefix: String,
    pub only: Vec<String>,
    /// Start from an empty environment, keeping only PATH and HOME.
    pub no_inherit: bool,
    pub command: Vec<std::ffi::OsString>,
}

/// What `secret exec` prepared.
pub enum Exec {
    /// `--dry-run`: the variables the command would see, without values.
    Preview(Vec<VarView>),
    /// The command, with its environment; the exposure is already recorded (`exec` never
    /// returns to record it after).
    Ready(std::process::Command),
}

pub fn exec(session: &mut Session, req: &ExecRequest, dry_run: bool) -> Result<Exec> {
    use std::os::unix::ffi::OsStrExt;
    let vars = vars(session, &req.prefix, &req.only)?;
    for v in &vars {
        secret::env::check_env_value(v)?;
    }
    if dry_run {
        return Ok(Exec::Preview(vars.iter().map(|v| v.view()).collect()));
    }
    let program = req
        .command
        .first()
        .ok_or_else(|| Error::usage("no command to run"))?;
    let mut cmd = std::process::Command::new(program);
    cmd.args(&req.command[1..]);
    if req.no_inherit {
        cmd.env_clear();
        for keep in ["PATH", "HOME"] {
            if let Some(v) = crate::core::settings::var_os(keep) {
                cmd.env(keep, v);
            }
        }
    }
    for v in &vars {
        cmd.env(&v.name, std::ffi::OsStr::from_bytes(&v.value));
    }
    let paths: Vec<String> = vars.iter().map(|v| v.path.clone()).collect();
    secret::audit_exposed(session.state()?, "secret exec", &paths)?;
    crate::core::output::debug(format!(
        "exec `{}` with {}",
        program.to_string_lossy(),
        vars.iter()
            .map(|v| v.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(Exec::Ready(cmd))
}

/// `secret export`: every version of the live secrets under a prefix, as an age file.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct ExportRequest {
    pub prefix: Option<String>,
    /// age recipients (`age1…`).
    pub recipients: Vec<String>,
    /// Write here (mode 0600); otherwise the bundle is returned to the caller.
    pub out: Option<PathBuf>,
    #[serde(default)]
    pub armor: bool,
}

/// What an export did: the bundle's contents (never values), and the bundle itself when
/// it was not written to a file.
pub struct Exported {
    pub plan: PlanView,
    pub report: ExportReport,
    pub bundle: Option<Vec<u8>>,
}

pub fn export(session: &mut Session, req: &ExportRequest, dry_run: bool) -> Result<Exported> {
    let recipients = bundle::parse_recipients(&req.recipients)?;
    if let Some(out) = &req.out {
        crate::core::host::validate_path(out)?;
    }
    let prefix = req.prefix.as_deref().unwrap_or("");
    let step = |report: &ExportReport| StepView {
        kind: if req.out.is_some() {
            StepKind::WriteFile
        } else {
            StepKind::StateChange
        },
        target: match &req.out {
            Some(f) => f.display().to_string(),
            None => "stdout".into(),
        },
        summary: format!(
            "write {} version(s) of {} secret(s), encrypted to {} recipient(s)",
            report.versions,
            report.secrets,
            recipients.len()
        ),
        detail: Some(report.paths.join("\n")),
    };
    if dry_run {
        let report = bundle::export_preview(session.state()?, prefix)?;
        return Ok(Exported {
            plan: PlanView::of(vec![step(&report)]),
            report,
            bundle: None,
        });
    }
    let identity = session.settings.paths.identity.clone();
    let (encrypted, report) =
        bundle::export(session.state()?, &identity, prefix, &recipients, req.armor)?;
    // Recorded before the bundle leaves: no entry, no bundle.
    secret::audit_exposed(session.state()?, "secret export", &report.paths)?;
    let bundle = match &req.out {
        Some(file) => {
            let mut plan = Plan::new();
            plan.push(Step::write_file(
                file.clone(),
                &file.display().to_string(),
                encrypted,
                Some(0o600),
            )?);
            session.record_as("secret export", &format!("secret/{prefix}"));
            session.apply(plan, false, None, None)?;
            None
        }
        None => Some(encrypted),
    };
    Ok(Exported {
        plan: PlanView::of(vec![step(&report)]),
        report,
        bundle,
    })
}
