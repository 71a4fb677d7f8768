//! `meta config …`: the settings in config.toml. An edit is one file step through the
//! plan engine, present only when the edit changes the file.

use serde::{Deserialize, Serialize};

use super::{Outcome, Session};
use crate::core::config::{Config, Setting};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, Step};

/// `config get`: the value in force for a key, and where it comes from.
pub fn get(session: &mut Session, key: &str) -> Result<Setting> {
    let setting = session.config()?.setting(key)?;
    if setting.value.is_none() {
        return Err(Error::not_found(format!("`{key}` is not set"))
            .with_hint(format!("`meta config set {key} VALUE` sets it")));
    }
    Ok(setting)
}

/// `config list`.
pub fn list(session: &mut Session) -> Result<Vec<Setting>> {
    session.config()?.list()
}

/// `config set`: one key to one value in config.toml (lists comma-separated).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct SetRequest {
    pub key: String,
    pub value: String,
}

/// `config unset`: remove a key from config.toml.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct UnsetRequest {
    pub key: String,
}

/// What an edit of config.toml did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Edited {
    pub key: String,
    /// The file, when it changed (or with `--dry-run` would change).
    pub path: Option<String>,
}

pub fn set(session: &mut Session, req: &SetRequest, dry_run: bool) -> Result<Outcome<Edited>> {
    edit(session, &req.key, dry_run, |c| c.set(&req.key, &req.value))
}

pub fn unset(session: &mut Session, req: &UnsetRequest, dry_run: bool) -> Result<Outcome<Edited>> {
    edit(session, &req.key, dry_run, |c| c.unset(&req.key))
}

/// The edit as a plan of one file step, or of none when the edit changes nothing (an
/// unset of a key that is not there, with or without a config.toml).
fn edit(
    session: &mut Session,
    key: &str,
    dry_run: bool,
    change: impl FnOnce(&mut Config) -> Result<bool>,
) -> Result<Outcome<Edited>> {
    let config = session.config()?;
    let changed = change(config)?;
    let path = config.path().to_path_buf();
    let mut plan = Plan::new();
    if changed {
        // The file as it was read when the config was loaded: not read again.
        let old = path.exists().then(|| config.original().as_bytes());
        plan.push(Step::write_file_over(
            path.clone(),
            &path.display().to_string(),
            old,
            config.render().into_bytes(),
            Some(0o600),
        ));
    }
    let touched = !plan.is_empty();
    let plan = if !touched || dry_run {
        plan.view()
    } else {
        // Before `meta init` the engine keeps the undo in memory and records nothing.
        crate::core::config::ensure_private_dir(&session.settings.paths.home)?;
        session.apply(plan, dry_run, None, None)?.plan
    };
    Ok(Outcome {
        plan,
        applied: !dry_run,
        result: Edited {
            key: key.to_string(),
            path: touched.then(|| path.display().to_string()),
        },
    })
}
