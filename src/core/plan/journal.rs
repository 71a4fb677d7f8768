//! The plan engine's side of the journal: what is stored (the plan's steps and state
//! changes as JSON), and the rule that no plan starts while an earlier one lies unfinished.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::{Step, StepView};
use crate::core::error::{Error, Result};
use crate::core::state::{JournalPlan, JournalStep, StateOp, Tx};

/// A plan as the journal keeps it, enough to finish it in another process.
#[derive(Debug, Deserialize)]
pub(super) struct StoredPlan {
    pub steps: Vec<Step>,
    pub state: Vec<(StepView, StateOp)>,
}

/// [`StoredPlan`] as it is written, borrowed from the plan being applied (whose file
/// contents need no copy just to be serialised).
#[derive(Serialize)]
pub(super) struct StoringPlan<'a> {
    pub steps: &'a [Step],
    pub state: &'a [(StepView, StateOp)],
}

/// A plan cut short, as `meta recover` shows it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Unfinished {
    pub command: String,
    pub target: String,
    pub pid: u32,
    pub started: String,
    /// Steps that had started when it stopped.
    pub steps_started: usize,
    pub steps_total: usize,
}

pub(super) fn encode<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| Error::failure(format!("cannot record the plan in the journal: {e}")))
}

pub(super) fn decode<T: DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| {
        Error::failure(format!(
            "the journal holds a record this meta cannot read: {e}"
        ))
        .with_hint("it was written by another version of meta; recover with that version")
    })
}

pub(super) fn unfinished(tx: &Tx) -> Result<Option<(JournalPlan, StoredPlan, Vec<JournalStep>)>> {
    let Some(row) = tx.journal_unfinished()? else {
        return Ok(None);
    };
    let stored: StoredPlan = decode(&row.plan)?;
    let steps = tx.journal_steps(row.id)?;
    Ok(Some((row, stored, steps)))
}

pub(super) fn describe(row: &JournalPlan, records: &[JournalStep]) -> Unfinished {
    let total = decode::<StoredPlan>(&row.plan)
        .map(|p| p.steps.len())
        .unwrap_or(records.len());
    Unfinished {
        command: row.command.clone(),
        target: row.target.clone(),
        pid: row.pid,
        started: row.started.clone(),
        steps_started: records.len(),
        steps_total: total,
    }
}

pub(super) use crate::core::state::refuse_unfinished;
