//! The operations: everything a front end (the shell's `cli`, later the agent's `mcp`) can
//! ask of `meta`, as typed requests in and typed outcomes out. An operation decides and acts
//! through the plan engine; it never parses flags, prints, or reads the environment (its
//! settings arrive resolved in the [`Session`]).

pub mod audit;
pub mod config;
pub mod dns;
pub mod init;
pub mod instructions;
pub mod port;
pub mod project;
pub mod recover;
pub mod remote;
pub mod secret;
pub mod tunnel;
pub mod vm;

use std::path::PathBuf;

use serde::Serialize;

use crate::core::config::Config;
use crate::core::error::Result;
use crate::core::host::Host;
use crate::core::plan::{self, Applied, Audit, Effects, Plan, PlanView, RemoteApi, StepView};
use crate::core::settings::Settings;
use crate::core::state::{check_private, Private, State};

/// What an operation runs in: the resolved settings, and the state file and config opened
/// on first use.
pub struct Session {
    pub settings: Settings,
    state: Option<State>,
    config: Option<Config>,
    audit: Option<Audit>,
    actor: Option<String>,
    /// What the session found worth telling that does not stop it (a state file others
    /// can read), for the front end to show: see [`Session::take_warnings`].
    warnings: Vec<String>,
}

/// What an operation tells its front end while it runs: each step as it starts, and
/// warnings that do not stop it.
pub trait Progress {
    /// A step of the plan starts.
    fn step(&self, _step: &StepView) {}
    /// Something worth telling (a dead holder's host lock taken over).
    fn warn(&self, _message: &str) {}
    /// A long call is still under way: what it is, and how far along where the API says.
    fn waiting(&self, _what: &str, _percent: Option<u8>) {}
    /// A step the operation takes if the question it asks next (through its [`Confirm`])
    /// is answered yes: told before the question, so the person sees what they agree to.
    fn proposed(&self, _step: &StepView) {}
}

/// How an operation asks before something that cannot be taken back. The operation
/// decides whether and when to ask, and asks once, with the question (`delete 2 records
/// named …`); the answer is for the person at the front end. `Ok` goes on; `Err` cancels,
/// and the operation returns that error having changed nothing. A front end without a
/// person to ask passes one that accepts or refuses as its flags say (the shell's
/// `--yes`). With `--dry-run` nothing is asked.
///
/// A plain `Fn` so a closure will do and a front end can pass the same one to every
/// operation; a front end that needs to remember an answer keeps it in a `Cell`.
pub type Confirm<'a> = &'a dyn Fn(&str) -> Result<()>;

/// What a mutating operation did, or with `--dry-run` would do.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Outcome<T> {
    /// The steps, as `--dry-run` shows them.
    pub plan: PlanView,
    /// False for `--dry-run`.
    pub applied: bool,
    pub result: T,
}

/// The outcome of a state-file operation that recorded `steps` (applied unless `dry_run`).
pub(crate) fn outcome<T>(steps: Vec<StepView>, dry_run: bool, result: T) -> Outcome<T> {
    Outcome {
        plan: PlanView::of(steps),
        applied: !dry_run,
        result,
    }
}

impl Session {
    pub fn new(settings: Settings) -> Session {
        Session {
            settings,
            state: None,
            config: None,
            audit: None,
            actor: None,
            warnings: Vec::new(),
        }
    }

    /// From now on every change this session makes to the state file is recorded in the
    /// audit log as `command` on `target`, in the transaction of the change.
    pub fn record_as(&mut self, command: &str, target: &str) {
        let audit = Audit {
            command: command.to_string(),
            target: target.to_string(),
            actor: self.actor.clone(),
        };
        if let Some(state) = self.state.as_mut() {
            state.audit_as(Some(audit.clone()), &self.settings.paths.home);
        }
        self.audit = Some(audit);
    }

    /// Who the audit log names for this session's changes when it is not the person at
    /// this shell: a front end acting for a client (`mcp:NAME`).
    pub fn act_for(&mut self, actor: &str) {
        self.actor = Some(actor.to_string());
        if let Some(audit) = self.audit.take() {
            self.record_as(&audit.command, &audit.target);
        }
    }

    /// The state file, opened (and migrated) on first use.
    pub fn state(&mut self) -> Result<&mut State> {
        if self.state.is_none() {
            let paths = &self.settings.paths;
            crate::core::output::debug(format!("open state {}", paths.state.display()));
            // A home others can write is refused before anything in it is trusted.
            check_private(&paths.home, "the home folder", Private::Home)?;
            let mut state = State::open(&paths.state)?;
            self.warnings.extend(state.take_warnings());
            if let Some(warning) = crate::core::crypto::check_identity(&paths.identity)? {
                self.warnings.push(warning);
            }
            let key = crate::core::crypto::chain_key(&mut state, &paths.identity)?;
            state.set_chain_key(key);
            state.audit_as(self.audit.clone(), &paths.home);
            self.state = Some(state);
        }
        Ok(self.state.as_mut().expect("opened above"))
    }

    /// The warnings found so far, each handed out once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// The state file if `meta init` has made one.
    pub fn state_if_present(&mut self) -> Option<&mut State> {
        if self.state.is_none() && self.settings.paths.state.exists() {
            return self.state().ok();
        }
        self.state.as_mut()
    }

    pub fn config(&mut self) -> Result<&mut Config> {
        if self.config.is_none() {
            self.config = Some(Config::load(&self.settings.paths.home)?);
        }
        Ok(self.config.as_mut().expect("loaded above"))
    }

    /// The host, with `--root`, the binaries named in config or environment, and their
    /// deadlines (`timeout.<name>`).
    pub fn host(&mut self) -> Result<Host> {
        let root = self.settings.root.clone();
        let config = self.config()?;
        let mut bins = std::collections::BTreeMap::new();
        let mut deadlines = std::collections::BTreeMap::new();
        for name in ["systemctl", "nginx", "cloudflared", "git"] {
            if let Some(path) = config.get(&format!("bin.{name}"))? {
                bins.insert(name.to_string(), PathBuf::from(path));
            }
            let key = format!("timeout.{name}");
            if let Some(text) = config.get(&key)? {
                let deadline = crate::core::host::parse_deadline(&text)
                    .map_err(|e| e.context(format!("`{key}` in `{}`", config.path().display())))?;
                deadlines.insert(name.to_string(), deadline);
            }
        }
        Ok(Host::new(root, bins).with_deadlines(deadlines))
    }

    /// Applies `plan` (or with `dry_run` only shows it), recorded as the session's audit
    /// spec. `remote` carries out the plan's API calls; `on_step` hears of each step.
    pub fn apply(
        &mut self,
        plan: Plan,
        dry_run: bool,
        remote: Option<&mut dyn RemoteApi>,
        on_step: Option<&mut dyn FnMut(&StepView)>,
    ) -> Result<Applied> {
        if dry_run {
            return Ok(Applied {
                plan: plan.view(),
                notes: Vec::new(),
            });
        }
        let audit = self.audit.clone().unwrap_or_else(|| Audit {
            command: "unnamed".into(),
            target: String::new(),
            actor: self.actor.clone(),
        });
        let mut fx = self.effects(remote, on_step)?;
        match self.state_if_present() {
            Some(state) => plan::apply(state, &mut fx, plan, &audit),
            None => plan::apply_without_state(&mut fx, plan),
        }
    }

    /// What a plan acts through in this session: its host, its home's lock, its remotes.
    pub fn effects<'r, 's>(
        &mut self,
        remote: Option<&'r mut dyn RemoteApi>,
        on_step: Option<&'s mut dyn FnMut(&StepView)>,
    ) -> Result<Effects<'r, 's>> {
        Ok(Effects {
            host: self.host()?,
            home: self.settings.paths.home.clone(),
            lock_wait: self.settings.lock_timeout,
            remote,
            on_step,
        })
    }

    /// [`Session::apply`] telling `progress` of each step, and of any note after (a dead
    /// holder's host lock taken over).
    pub fn run_plan(
        &mut self,
        plan: Plan,
        dry_run: bool,
        remote: Option<&mut dyn RemoteApi>,
        progress: &dyn Progress,
    ) -> Result<Applied> {
        let applied = {
            let mut tell = |step: &StepView| progress.step(step);
            self.apply(plan, dry_run, remote, Some(&mut tell))?
        };
        for note in &applied.notes {
            progress.warn(note);
        }
        Ok(applied)
    }
}
