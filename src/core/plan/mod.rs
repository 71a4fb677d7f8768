//! The plan engine: a command that changes files, services or remote APIs first builds a
//! [`Plan`] of steps, which `--dry-run` renders, `--check` counts, and [`apply`] runs in
//! order. (A change to the state file alone is decided inside its write transaction, where
//! allocations and versions must be chosen under the lock: `State::change` records its
//! steps as it makes them, and `--dry-run` is that same transaction, rolled back.)
//!
//! A step is data, not code: its [`Action`] and the [`Action`] that undoes it serialise to
//! the journal in the state file before the step runs, so a plan cut short by a crash can be
//! rolled back (or finished) by a later process that never saw the closure that built it.
//! A step whose target already holds what is wanted is a no-op: it is neither shown nor run
//! (nor diffed), so applying a plan twice changes nothing the second time.
//!
//! Changes to the state file itself are not steps that can half-happen: they are
//! [`StateOp`]s committed in the same transaction as the audit entry that records the plan's
//! outcome and the removal of its journal.

mod apply;
mod journal;
mod render;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::core::error::Result;
use crate::core::host::atomic;
pub use crate::core::state::StateOp;

pub use apply::{
    apply, apply_without_state, detail_of, recover, unfinished_apis, Applied, Audit, Effects,
    RecoverMode, Recovery, RemoteApi,
};
pub use journal::Unfinished;
pub use render::unified_diff;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    WriteFile,
    RemoveFile,
    ApiCall,
    Service,
    Validate,
    StateChange,
    Wait,
}

/// What a step will do, as shown by `--dry-run` and `-o json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
pub struct StepView {
    pub kind: StepKind,
    /// The file, API path, unit or table the step acts on.
    pub target: String,
    /// One line: what happens.
    pub summary: String,
    /// A unified diff for files, the body (secrets masked) for API calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// What a step does, as data. Paths are real paths (under `--root`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    WriteFile {
        path: PathBuf,
        #[serde(with = "bytes_b64")]
        content: Vec<u8>,
        mode: Option<u32>,
    },
    RemoveFile {
        path: PathBuf,
    },
    /// A program of the host (`systemctl restart x`, `nginx -t`), run with its deadline; a
    /// non-zero exit fails the step.
    Run {
        program: String,
        args: Vec<String>,
    },
    /// A call to a remote API, carried out by the [`RemoteApi`] named `api`.
    Remote {
        api: String,
        call: serde_json::Value,
    },
    /// Polls `url` until it answers 2xx, for at most `timeout_ms`.
    Wait {
        url: String,
        timeout_ms: u64,
    },
}

/// One step of a plan: what it shows, what it does, and (for steps whose inverse is known
/// before they run, such as API calls) what undoes it. File steps work out their own
/// inverse from the bytes on disk just before they run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    pub view: StepView,
    #[serde(skip)]
    noop: bool,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inverse: Option<Action>,
}

impl Step {
    pub fn new(view: StepView, action: Action, inverse: Option<Action>) -> Step {
        Step {
            view,
            noop: false,
            action,
            inverse,
        }
    }

    /// Marks the step as already satisfied: it is skipped and not shown.
    pub fn noop_if(mut self, satisfied: bool) -> Self {
        self.noop = satisfied;
        self
    }

    /// Writes `content` to `path` (the real path, under `--root`), shown as `shown` (the
    /// host path). A no-op, with no diff computed, when the file already holds exactly these
    /// bytes and mode.
    pub fn write_file(
        path: PathBuf,
        shown: &str,
        content: Vec<u8>,
        mode: Option<u32>,
    ) -> Result<Step> {
        let old = atomic::read_optional(&path)?;
        Ok(Self::write_file_over(
            path,
            shown,
            old.as_deref(),
            content,
            mode,
        ))
    }

    /// [`Step::write_file`] when the caller has already read the file's bytes (`old`).
    pub fn write_file_over(
        path: PathBuf,
        shown: &str,
        old: Option<&[u8]>,
        content: Vec<u8>,
        mode: Option<u32>,
    ) -> Step {
        let old_mode = file_mode(&path);
        let same_bytes = old == Some(content.as_slice());
        let same_mode = mode.is_none() || old_mode == mode;
        let view = |summary: String, detail| StepView {
            kind: StepKind::WriteFile,
            target: shown.to_string(),
            summary,
            detail,
        };
        let action = Action::WriteFile {
            path,
            content,
            mode,
        };
        if same_bytes && same_mode {
            return Step::new(view(format!("keep {shown}"), None), action, None).noop_if(true);
        }
        let summary = match (old, mode) {
            (None, Some(m)) => format!("create {shown} (mode {m:04o})"),
            (None, None) => format!("create {shown}"),
            (Some(_), m) if same_bytes => {
                format!("change mode of {shown} to {:04o}", m.unwrap_or(0o644))
            }
            (Some(_), _) => format!("update {shown}"),
        };
        let Action::WriteFile { content, .. } = &action else {
            unreachable!("built above")
        };
        let diff = unified_diff(shown, old, Some(content));
        Step::new(view(summary, Some(diff)), action, None)
    }

    /// A program that must succeed for the plan to stand (`nginx -t`, an ingress check);
    /// its failure is a validation error (exit 6), after the steps before it are undone.
    pub fn validate(program: &str, args: &[&str], shown: impl Into<String>) -> Step {
        let view = StepView {
            kind: StepKind::Validate,
            target: program.to_string(),
            summary: shown.into(),
            detail: None,
        };
        Step::new(view, run_action(program, args), None)
    }

    /// A service action (`systemctl restart cloudflared`) and the action that undoes it,
    /// run once the files before it are back (`systemctl restart cloudflared` again).
    pub fn service(program: &str, args: &[&str], inverse: Option<&[&str]>) -> Step {
        let shown = std::iter::once(program)
            .chain(args.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        let view = StepView {
            kind: StepKind::Service,
            target: args.last().copied().unwrap_or(program).to_string(),
            summary: shown,
            detail: None,
        };
        Step::new(
            view,
            run_action(program, args),
            inverse.map(|a| run_action(program, a)),
        )
    }

    /// Waits for `url` to answer 2xx within `timeout` (a health or readiness check).
    pub fn wait(url: String, timeout: std::time::Duration, summary: String) -> Step {
        let view = StepView {
            kind: StepKind::Wait,
            target: url.clone(),
            summary,
            detail: None,
        };
        let timeout_ms = u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX);
        Step::new(view, Action::Wait { url, timeout_ms }, None)
    }

    /// A call to a remote API and the call that undoes it. `view` shows method, path and
    /// the body with secrets masked; `call` is what the API's [`RemoteApi`] carries out.
    pub fn remote(
        view: StepView,
        api: &str,
        call: serde_json::Value,
        inverse: Option<serde_json::Value>,
    ) -> Step {
        let remote = |call| Action::Remote {
            api: api.to_string(),
            call,
        };
        Step::new(view, remote(call), inverse.map(remote))
    }
}

fn run_action(program: &str, args: &[&str]) -> Action {
    Action::Run {
        program: program.to_string(),
        args: args.iter().map(|a| a.to_string()).collect(),
    }
}

pub(crate) fn file_mode(path: &std::path::Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

/// An ordered list of steps, then the changes to the state file committed with the plan's
/// audit entry.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Plan {
    steps: Vec<Step>,
    state: Vec<(StepView, StateOp)>,
}

/// What a plan does, for rendering: only the steps that change something.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, Eq, schemars::JsonSchema)]
pub struct PlanView {
    pub changes: usize,
    pub unchanged: usize,
    pub steps: Vec<StepView>,
}

impl PlanView {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

impl Plan {
    pub fn new() -> Self {
        Plan::default()
    }

    pub fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// A change to the state file, made in the transaction that closes the plan.
    pub fn push_state(
        &mut self,
        target: impl Into<String>,
        summary: impl Into<String>,
        op: StateOp,
    ) {
        let view = StepView {
            kind: StepKind::StateChange,
            target: target.into(),
            summary: summary.into(),
            detail: None,
        };
        self.state.push((view, op));
    }

    /// True when applying would change nothing.
    pub fn is_empty(&self) -> bool {
        self.steps.iter().all(|s| s.noop) && self.state.is_empty()
    }

    /// True when the plan touches nothing outside the state file.
    pub fn state_only(&self) -> bool {
        self.steps.iter().all(|s| s.noop)
    }

    pub fn view(&self) -> PlanView {
        let steps: Vec<StepView> = self
            .steps
            .iter()
            .filter(|s| !s.noop)
            .map(|s| s.view.clone())
            .chain(self.state.iter().map(|(v, _)| v.clone()))
            .collect();
        PlanView {
            changes: steps.len(),
            unchanged: self.steps.iter().filter(|s| s.noop).count(),
            steps,
        }
    }

    fn into_parts(self) -> (Vec<Step>, Vec<(StepView, StateOp)>) {
        let steps = self.steps.into_iter().filter(|s| !s.noop).collect();
        (steps, self.state)
    }
}

/// Bytes as base64 in the journal, which is JSON.
mod bytes_b64 {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
