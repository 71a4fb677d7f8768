//! What every command handler gets: the resolved global flags, the printer, and the state
//! file, config and host opened on first use.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::core::config::Config;
use crate::core::error::{Error, Result};
use crate::core::host::Host;
use crate::core::output::Printer;
use crate::core::paths::Paths;
use crate::core::settings::Settings;
use crate::core::state::State;
use crate::ops::Session;

pub struct Ctx {
    pub printer: Printer,
    pub paths: Paths,
    pub root: Option<PathBuf>,
    pub dry_run: bool,
    pub yes: bool,
    pub session: Session,
}

impl Ctx {
    pub fn new(printer: Printer, settings: Settings, dry_run: bool, yes: bool) -> Ctx {
        Ctx {
            printer,
            paths: settings.paths.clone(),
            root: settings.root.clone(),
            dry_run,
            yes,
            session: Session::new(settings),
        }
    }

    pub fn state(&mut self) -> Result<&mut State> {
        self.session.state()
    }

    pub fn state_if_present(&mut self) -> Option<&mut State> {
        self.session.state_if_present()
    }

    pub fn config(&mut self) -> Result<&mut Config> {
        self.session.config()
    }

    pub fn host(&mut self) -> Result<Host> {
        self.session.host()
    }

    /// Applies a plan through the engine, telling each step on stderr as it starts and any
    /// note (a dead holder's lock taken over) after.
    pub fn apply(
        &mut self,
        plan: crate::core::plan::Plan,
        remote: Option<&mut dyn crate::core::plan::RemoteApi>,
    ) -> Result<crate::core::plan::Applied> {
        let printer = self.printer.clone();
        let mut tell = |step: &crate::core::plan::StepView| printer.status(&step.summary);
        let applied = self
            .session
            .apply(plan, self.dry_run, remote, Some(&mut tell))?;
        for note in &applied.notes {
            self.printer.warn(note);
        }
        Ok(applied)
    }

    /// Asks before something that cannot be taken back. `--yes` answers for the person;
    /// without a terminal and without `--yes` this is a usage error (exit 2).
    pub fn confirm(&self, question: &str) -> Result<()> {
        confirm(self.yes, question)
    }
}

/// [`Ctx::confirm`], for a handler that has lent out the context.
pub fn confirm(yes: bool, question: &str) -> Result<()> {
    if yes {
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
