//! `meta secret …`: the encrypted secrets in the state file. The changing operations
//! record a step for each change inside the transaction that makes it (see
//! [`crate::core::state::State::change`]); values never appear in a request's serialized
//! form, a step, or an outcome.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::port::outcome;
use super::{Outcome, Session};
use crate::core::error::{Error, Result};
use crate::core::state::SecretSummary;
use crate::secret::bundle::{self, ImportReport};
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

/// `value` is the value when `req.from_env` is not given; it is never logged.
pub fn set(
    session: &mut Session,
    req: &SetRequest,
    value: Option<Zeroizing<Vec<u8>>>,
    dry_run: bool,
) -> Result<Outcome<SetReport>> {
    secret::check_path(&req.path)?;
    let value = match (&req.from_env, value) {
        (Some(var), _) => from_env(var)?,
        (None, Some(value)) => value,
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

pub fn delete(
    session: &mut Session,
    req: &DeleteRequest,
    dry_run: bool,
) -> Result<Outcome<DeleteReport>> {
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
    let identity = session.settings.paths.identity.clone();
    let state = session.state()?;
    let opened = secret::get(state, &identity, path, version)?;
    // A read that hands out a value: recorded, with the checkpoint of the WAL left to a
    // later command.
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
