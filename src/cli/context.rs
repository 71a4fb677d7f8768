//! What every command handler gets: the printer, the global flags that shape a run
//! (`--dry-run`, `--yes`), and the operations' session.

use std::io::IsTerminal;

use crate::core::error::{Error, Result};
use crate::core::output::Printer;
use crate::core::settings::Settings;
use crate::ops::Session;

pub struct Ctx {
    pub printer: Printer,
    pub dry_run: bool,
    pub yes: bool,
    pub session: Session,
}

impl Ctx {
    pub fn new(printer: Printer, settings: Settings, dry_run: bool, yes: bool) -> Ctx {
        Ctx {
            printer,
            dry_run,
            yes,
            session: Session::new(settings),
        }
    }

    /// Asks before something that cannot be taken back. `--yes` answers for the person;
    /// without a terminal and without `--yes` this is a usage error (exit 2).
    pub fn confirm(&self, question: &str) -> Result<()> {
        confirm(self.yes, question)
    }

    /// [`Ctx::confirm`] for an operation to ask through (its [`crate::ops::Confirm`]),
    /// holding no borrow of the context, so the operation can hold the session meanwhile.
    pub fn confirmer(&self) -> impl Fn(&str) -> Result<()> {
        let yes = self.yes;
        move |question| confirm(yes, question)
    }

    /// Progress of an operation on stderr: each step as it starts, and its warnings.
    pub fn progress(&self) -> PrintedProgress {
        PrintedProgress(self.printer.clone())
    }
}

/// [`Ctx::confirm`] without the context, for an operation that asks while it holds the
/// session.
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

/// An operation's progress, told on stderr.
pub struct PrintedProgress(Printer);

impl crate::ops::Progress for PrintedProgress {
    fn step(&self, step: &crate::core::plan::StepView) {
        self.0.status(&step.summary);
    }
    fn warn(&self, message: &str) {
        self.0.warn(message);
    }
    fn proposed(&self, step: &crate::core::plan::StepView) {
        self.0.status(&step.summary);
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

    /// `--check`: the plan shown as `--dry-run` shows it, and exit 8 (`differs` told on
    /// stderr) when it is not empty; an empty plan is `in_sync` on stderr (and the empty
    /// plan document for `-o json`/`yaml`).
    pub fn check_plan(
        &self,
        plan: &crate::core::plan::PlanView,
        in_sync: &str,
        differs: &str,
    ) -> Result<super::Status> {
        if plan.is_empty() {
            self.printer.status(in_sync);
            if self.printer.format != crate::core::output::Format::Table {
                self.print_plan(plan)?;
            }
            return Ok(super::Status::Success);
        }
        self.print_plan(plan)?;
        self.printer.problem(differs);
        Ok(super::Status::Drift)
    }
}

impl Ctx {
    /// Renders what a mutating operation returned: with `--dry-run` its plan (through
    /// [`Ctx::print_plan`], as `--check` does in [`Ctx::check_plan`]); otherwise `said` (one
    /// status line on stderr, if any) and the result.
    pub fn finish<T: crate::core::output::Render>(
        &self,
        outcome: crate::ops::Outcome<T>,
        said: impl FnOnce(&T) -> Option<String>,
    ) -> Result<super::Status> {
        if !outcome.applied {
            return self.print_plan(&outcome.plan);
        }
        if let Some(line) = said(&outcome.result) {
            self.printer.status(line);
        }
        self.printer.result(&outcome.result)?;
        Ok(super::Status::Success)
    }
}
