//! `meta vm …` as operations: read a VM (`list`, `get`, `health`), change one through a
//! [`Plan`](crate::core::plan::Plan) of Compute Engine calls (`start`, `stop`, `create`,
//! `delete`, `resize`, `autoscale`). The calls are data ([`remote::GcpCall`]) carried out
//! by [`Gcp`], the `gcp` remote API, so `meta recover` can undo them in another process.
//! Nothing here prints or reads the environment except through `core::settings`.

pub mod autoscale;
pub mod create;
pub mod credentials;
pub mod delete;
pub mod get;
pub mod health;
pub mod lifecycle;
pub mod list;
pub mod remote;
pub mod resize;
pub mod start;
pub mod stop;

use crate::api::gcp::auth::Credentials;
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, PlanView};
use crate::vm::{Session as VmSession, Target};

use super::Session;
pub use super::{Outcome, Progress};

/// Which account, project and zone a command acts in; unset fields come from config
/// (`gcp.account`, `gcp.project`, `gcp.zone`) and the environment it names.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub project: Option<String>,
    pub zone: Option<String>,
    pub account: Option<String>,
}

/// An authenticated connection to Compute Engine and Cloud Monitoring: the `gcp` remote
/// API of plans.
pub struct Gcp {
    pub vm: VmSession,
    creds: Credentials,
    cached: bool,
    /// Things worth telling the person (the token could not be cached), told by
    /// [`Gcp::tell`] once the command has done its work.
    warnings: Vec<String>,
}

impl Gcp {
    pub fn target(&self) -> &Target {
        &self.vm.target
    }

    /// The audit target of a VM: `vm/<zone>/<name>`.
    pub fn audit_target(&self, name: &str) -> String {
        format!("vm/{}/{name}", self.vm.target.zone)
    }

    /// When the API refused a cached token, forgets it so the next run fetches a new one.
    pub fn mend<T>(&self, session: &mut Session, result: Result<T>) -> Result<T> {
        match result {
            Err(e) if self.cached && token_refused(&e) => {
                if let Some(state) = session.state_if_present() {
                    let _ = crate::vm::token::forget(state, &self.creds);
                }
                Err(e.with_hint(
                    "the cached access token was refused and is now forgotten; run the command again",
                ))
            }
            other => other,
        }
    }

    /// Tells `progress` what is worth telling about the connection (the token could not be
    /// cached).
    pub fn tell(&self, progress: &dyn Progress) {
        for w in &self.warnings {
            progress.warn(w);
        }
    }
}

/// True when the API refused the access token: HTTP 401, by the error's status.
pub fn token_refused(err: &Error) -> bool {
    err.status() == Some(401)
}

/// Refuses a change while an earlier plan lies unfinished, before any API is asked.
fn refuse_unfinished(session: &mut Session) -> Result<()> {
    let home = session.settings.paths.home.clone();
    session
        .state()?
        .read(|tx| crate::core::state::refuse_unfinished(tx, &home))
}

/// Connects, names the command in the audit log, and (unless `dry_run`) refuses to start
/// while an earlier plan is unfinished.
fn begin(
    session: &mut Session,
    scope: &Scope,
    command: &str,
    name: &str,
    dry_run: bool,
) -> Result<Gcp> {
    crate::vm::check_name(name)?;
    if !dry_run && session.settings.paths.state.exists() {
        refuse_unfinished(session)?;
    }
    let gcp = credentials::connect(session, scope)?;
    if !dry_run {
        session.record_as(command, &gcp.audit_target(name));
    }
    Ok(gcp)
}

/// Applies `plan` through `gcp` (or shows it), telling `progress` of each step and of
/// each zone operation's progress, and mending a refused cached token. The plan as
/// `--dry-run` shows it.
fn apply(
    session: &mut Session,
    gcp: &Gcp,
    plan: Plan,
    dry_run: bool,
    progress: &dyn Progress,
) -> Result<PlanView> {
    let mut remote = remote::Watched { gcp, progress };
    let applied = session.run_plan(plan, dry_run, Some(&mut remote), progress);
    Ok(gcp.mend(session, applied)?.plan)
}
