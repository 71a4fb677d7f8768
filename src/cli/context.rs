//! What every command handler gets: the resolved global flags, the printer, and the state
//! file, config and host opened on first use.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::core::config::Config;
use crate::core::error::{Error, Result};
use crate::core::host::Host;
use crate::core::output::Printer;
use crate::core::paths::Paths;
use crate::core::state::State;

pub struct Ctx {
    pub printer: Printer,
    pub paths: Paths,
    pub root: Option<PathBuf>,
    pub dry_run: bool,
    pub yes: bool,
    state: Option<State>,
    config: Option<Config>,
}

impl Ctx {
    pub fn new(
        printer: Printer,
        paths: Paths,
        root: Option<PathBuf>,
        dry_run: bool,
        yes: bool,
    ) -> Ctx {
        Ctx {
            printer,
            paths,
            root,
            dry_run,
            yes,
            state: None,
            config: None,
        }
    }

    /// The state file, opened (and migrated) on first use.
    pub fn state(&mut self) -> Result<&mut State> {
        if self.state.is_none() {
            crate::core::output::debug(format!("open state {}", self.paths.state.display()));
            self.state = Some(State::open(&self.paths.state)?);
        }
        Ok(self.state.as_mut().expect("opened above"))
    }

    /// The state file if `meta init` has made one; commands that merely record something
    /// (the audit entry of a `config set`) use this and skip when there is none.
    pub fn state_if_present(&mut self) -> Option<&mut State> {
        if self.state.is_none() && self.paths.state.exists() {
            self.state = State::open(&self.paths.state).ok();
        }
        self.state.as_mut()
    }

    pub fn config(&mut self) -> Result<&mut Config> {
        if self.config.is_none() {
            self.config = Some(Config::load(&self.paths.home)?);
        }
        Ok(self.config.as_mut().expect("loaded above"))
    }

    /// The host, with `--root`, the binaries named in config or environment, and their
    /// deadlines (`timeout.<name>`).
    pub fn host(&mut self) -> Result<Host> {
        let root = self.root.clone();
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

    /// Asks before something that cannot be taken back. `--yes` answers for the person;
    /// without a terminal and without `--yes` this is a usage error (exit 2).
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(Error::usage(format!(
                "{question}: confirmation needed, and there is no terminal to ask on"
            ))
            .with_hint("pass `--yes` to confirm without a terminal"));
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|e| Error::failure(format!("cannot ask for confirmation: {e}")))?;
        if answer {
            Ok(())
        } else {
            Err(Error::failure("cancelled; nothing was changed"))
        }
    }
}

impl Ctx {
    /// Shows a plan: as text (with diffs) for people, as the plan document for `-o json`/`yaml`.
    pub fn print_plan(&self, plan: &crate::core::plan::PlanView) -> Result<super::Status> {
        use crate::core::output::Format;
        match self.printer.format {
            Format::Table => crate::core::output::stdout_bytes(plan.to_text().as_bytes())?,
            _ => self.printer.result(plan)?,
        }
        Ok(super::Status::Success)
    }
}
