//! The plan engine: every command that changes the world first builds a [`Plan`] of
//! steps, which `--dry-run` renders, `--check` counts, and `apply` runs in order while
//! keeping how to undo each one. A failing step undoes the steps before it, newest first.
//! A step whose target already holds what is wanted is a no-op: it is neither shown nor run,
//! so applying a plan twice changes nothing the second time.

use std::path::PathBuf;

use serde::Serialize;

use crate::core::error::{Error, Kind, Result};
use crate::core::host::atomic;
use crate::core::output::{Render, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    WriteFile,
    RemoveFile,
    ApiCall,
    Service,
    Validate,
    StateChange,
}

/// Undoes one applied step.
pub type Undo<'a> = Box<dyn FnOnce() -> Result<()> + 'a>;
type Action<'a> = Box<dyn FnOnce() -> Result<Option<Undo<'a>>> + 'a>;

pub struct Step<'a> {
    view: StepView,
    noop: bool,
    action: Action<'a>,
}

/// What a step will do, as shown by `--dry-run` and `-o json`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StepView {
    pub kind: StepKind,
    /// The file, API path, unit or table the step acts on.
    pub target: String,
    /// One line: what happens.
    pub summary: String,
    /// A unified diff for files, the body (secrets masked) for API calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl<'a> Step<'a> {
    /// A step of any kind: `run` does the work and returns how to undo it (or `None` when
    /// nothing needs undoing, such as a validation).
    pub fn new(
        kind: StepKind,
        target: impl Into<String>,
        summary: impl Into<String>,
        detail: Option<String>,
        run: impl FnOnce() -> Result<Option<Undo<'a>>> + 'a,
    ) -> Step<'a> {
        Step {
            view: StepView {
                kind,
                target: target.into(),
                summary: summary.into(),
                detail,
            },
            noop: false,
            action: Box::new(run),
        }
    }

    /// Marks the step as already satisfied: it is skipped and not shown.
    pub fn noop_if(mut self, satisfied: bool) -> Self {
        self.noop = satisfied;
        self
    }

    pub fn view(&self) -> &StepView {
        &self.view
    }

    /// Writes `content` to `path` (the real path, under `--root`), shown as `shown` (the
    /// host path). A no-op when the file already holds exactly these bytes and mode.
    pub fn write_file(
        path: PathBuf,
        shown: &str,
        content: Vec<u8>,
        mode: Option<u32>,
    ) -> Result<Step<'a>> {
        use std::os::unix::fs::PermissionsExt;
        let old = atomic::read_optional(&path)?;
        let old_mode = std::fs::metadata(&path)
            .ok()
            .map(|m| m.permissions().mode() & 0o7777);
        let same_mode = mode.is_none() || old_mode == mode;
        let noop = old.as_deref() == Some(content.as_slice()) && same_mode;
        // A no-op is never shown, so its diff is not worked out.
        let diff = (!noop).then(|| unified_diff(shown, old.as_deref(), Some(&content)));
        let summary = match (&old, mode) {
            (None, Some(m)) => format!("create {shown} (mode {m:04o})"),
            (None, None) => format!("create {shown}"),
            (Some(_), _) if old.as_deref() == Some(content.as_slice()) => {
                format!("change mode of {shown} to {:04o}", mode.unwrap_or(0o644))
            }
            (Some(_), _) => format!("update {shown}"),
        };
        let step = Step::new(StepKind::WriteFile, shown, summary, diff, move || {
            atomic::write_file(&path, &content, mode)?;
            let undo: Undo<'a> = Box::new(move || match old {
                Some(bytes) => atomic::write_file(&path, &bytes, old_mode),
                None => atomic::remove_file(&path),
            });
            Ok(Some(undo))
        });
        Ok(step.noop_if(noop))
    }

    /// Removes the file at `path`; a no-op when it is not there.
    pub fn remove_file(path: PathBuf, shown: &str) -> Result<Step<'a>> {
        use std::os::unix::fs::PermissionsExt;
        let old = atomic::read_optional(&path)?;
        let old_mode = std::fs::metadata(&path)
            .ok()
            .map(|m| m.permissions().mode() & 0o7777);
        let noop = old.is_none();
        let diff = (!noop).then(|| unified_diff(shown, old.as_deref(), None));
        let step = Step::new(
            StepKind::RemoveFile,
            shown,
            format!("remove {shown}"),
            diff,
            move || {
                atomic::remove_file(&path)?;
                let undo: Undo<'a> = Box::new(move || match old {
                    Some(bytes) => atomic::write_file(&path, &bytes, old_mode),
                    None => Ok(()),
                });
                Ok(Some(undo))
            },
        );
        Ok(step.noop_if(noop))
    }

    /// A check that must pass for the plan to stand (`nginx -t`, an ingress check). Its
    /// failure is a validation error (exit 6), after the steps before it are undone.
    pub fn validate(
        target: impl Into<String>,
        summary: impl Into<String>,
        check: impl FnOnce() -> Result<()> + 'a,
    ) -> Step<'a> {
        Step::new(StepKind::Validate, target, summary, None, move || {
            check().map_err(|e| Error {
                kind: Kind::Validation,
                ..e
            })?;
            Ok(None)
        })
    }
}

pub struct Plan<'a> {
    steps: Vec<Step<'a>>,
}

/// What a plan does, for rendering: only the steps that change something.
#[derive(Debug, Clone, Serialize, Default)]
pub struct PlanView {
    pub changes: usize,
    pub unchanged: usize,
    pub steps: Vec<StepView>,
}

impl Default for Plan<'_> {
    fn default() -> Self {
        Plan::new()
    }
}

impl<'a> Plan<'a> {
    pub fn new() -> Self {
        Plan { steps: Vec::new() }
    }

    pub fn push(&mut self, step: Step<'a>) {
        self.steps.push(step);
    }

    /// True when applying would change nothing.
    pub fn is_empty(&self) -> bool {
        self.steps.iter().all(|s| s.noop)
    }

    pub fn view(&self) -> PlanView {
        let steps: Vec<StepView> = self
            .steps
            .iter()
            .filter(|s| !s.noop)
            .map(|s| s.view.clone())
            .collect();
        PlanView {
            changes: steps.len(),
            unchanged: self.steps.len() - steps.len(),
            steps,
        }
    }

    /// Runs every step that changes something, in order. When one fails, the ones that ran
    /// are undone newest first and the error says which step failed and what was undone.
    pub fn apply(self, mut on_step: impl FnMut(&StepView)) -> Result<PlanView> {
        let view = self.view();
        let total = view.changes;
        let mut undo: Vec<(String, Option<Undo<'a>>)> = Vec::new();
        for step in self.steps.into_iter().filter(|s| !s.noop) {
            on_step(&step.view);
            let summary = step.view.summary.clone();
            match (step.action)() {
                Ok(u) => undo.push((summary, u)),
                Err(err) => {
                    let ran = undo.len();
                    let mut failures = Vec::new();
                    while let Some((what, u)) = undo.pop() {
                        if let Some(u) = u {
                            if let Err(e) = u() {
                                failures.push(format!("undoing `{what}` failed: {}", e.message));
                            }
                        }
                    }
                    let position = format!("step {} of {total} (`{summary}`) failed", ran + 1);
                    return Err(if failures.is_empty() {
                        let undone = match ran {
                            0 => String::new(),
                            1 => "; the step before it was undone".to_string(),
                            n => format!("; the {n} steps before it were undone"),
                        };
                        Error {
                            message: format!("{position}: {}{undone}", err.message),
                            ..err
                        }
                    } else {
                        Error::failure(format!(
                            "{position}: {}; {}",
                            err.message,
                            failures.join("; ")
                        ))
                        .with_hint("the host may be half-changed: check the files named above")
                    });
                }
            }
        }
        Ok(view)
    }
}

/// A unified diff between two versions of a file (`None`: absent). Binary content is
/// described, not dumped.
pub fn unified_diff(name: &str, old: Option<&[u8]>, new: Option<&[u8]>) -> String {
    let as_text = |b: Option<&[u8]>| b.map(|b| std::str::from_utf8(b).map(str::to_string));
    match (as_text(old), as_text(new)) {
        (Some(Err(_)), _) | (_, Some(Err(_))) => format!("binary file {name} differs\n"),
        (old_text, new_text) => {
            let old_text = old_text.and_then(|r| r.ok()).unwrap_or_default();
            let new_text = new_text.and_then(|r| r.ok()).unwrap_or_default();
            let old_name = if old.is_some() {
                format!("a{name}")
            } else {
                "/dev/null".into()
            };
            let new_name = if new.is_some() {
                format!("b{name}")
            } else {
                "/dev/null".into()
            };
            similar::TextDiff::from_lines(&old_text, &new_text)
                .unified_diff()
                .context_radius(3)
                .header(&old_name, &new_name)
                .to_string()
        }
    }
}

impl PlanView {
    /// A plan of one change to the state file, for `--dry-run` of commands that touch
    /// nothing else.
    pub fn state_change(target: impl Into<String>, summary: impl Into<String>) -> PlanView {
        PlanView {
            changes: 1,
            unchanged: 0,
            steps: vec![StepView {
                kind: StepKind::StateChange,
                target: target.into(),
                summary: summary.into(),
                detail: None,
            }],
        }
    }

    /// The plan as a person reads it: one line per step, diffs indented under files.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for step in &self.steps {
            let mark = match step.kind {
                StepKind::WriteFile if step.summary.starts_with("create") => '+',
                StepKind::WriteFile => '~',
                StepKind::RemoveFile => '-',
                StepKind::ApiCall | StepKind::StateChange => '*',
                StepKind::Service => '>',
                StepKind::Validate => '?',
            };
            out.push_str(&format!("{mark} {}\n", step.summary));
            if let Some(detail) = &step.detail {
                for line in detail.lines() {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        if self.steps.is_empty() {
            out.push_str("nothing to change\n");
        }
        out
    }
}

impl Render for PlanView {
    fn table(&self) -> Table {
        let mut t = Table::new(["kind", "target", "summary"]);
        for s in &self.steps {
            t.row([
                crate::core::output::plain(&s.kind),
                s.target.clone(),
                s.summary.clone(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.steps.iter().map(|s| s.target.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn failing_step_undoes_the_ones_before_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.conf");
        let b = dir.path().join("b.conf");
        let c = dir.path().join("c.conf");
        std::fs::write(&a, "old a\n").unwrap();
        let order = RefCell::new(Vec::new());
        let mut plan = Plan::new();
        plan.push(Step::write_file(a.clone(), "/a.conf", b"new a\n".to_vec(), None).unwrap());
        plan.push(Step::write_file(b.clone(), "/b.conf", b"new b\n".to_vec(), None).unwrap());
        plan.push(Step::new(StepKind::Service, "x", "restart x", None, || {
            order.borrow_mut().push("restart");
            Ok(Some(Box::new(|| {
                order.borrow_mut().push("undo restart");
                Ok(())
            }) as Undo))
        }));
        plan.push(Step::validate("nginx", "nginx -t", || {
            Err(Error::failure("syntax error"))
        }));
        plan.push(Step::write_file(c.clone(), "/c.conf", b"c\n".to_vec(), None).unwrap());
        let err = plan.apply(|_| {}).unwrap_err();
        assert_eq!(err.kind, Kind::Validation);
        assert!(
            err.message
                .starts_with("step 4 of 5 (`nginx -t`) failed: syntax error"),
            "{}",
            err.message
        );
        assert!(
            err.message.ends_with("the 3 steps before it were undone"),
            "{}",
            err.message
        );
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a\n");
        assert!(!b.exists());
        assert!(!c.exists());
        assert_eq!(*order.borrow(), vec!["restart", "undo restart"]);
    }

    #[test]
    fn unchanged_steps_are_skipped_and_not_shown() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.conf");
        std::fs::write(&a, "same\n").unwrap();
        let mut plan = Plan::new();
        plan.push(Step::write_file(a.clone(), "/a.conf", b"same\n".to_vec(), None).unwrap());
        plan.push(
            Step::new(StepKind::Service, "x", "must not run", None, || {
                panic!("ran")
            })
            .noop_if(true),
        );
        assert!(plan.is_empty());
        let view = plan.apply(|_| panic!("nothing should run")).unwrap();
        assert_eq!((view.changes, view.unchanged), (0, 2));
    }

    #[test]
    fn dry_run_text_shows_a_unified_diff() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.conf");
        std::fs::write(&a, "one\ntwo\n").unwrap();
        let mut plan = Plan::new();
        plan.push(Step::write_file(a, "/etc/a.conf", b"one\nthree\n".to_vec(), None).unwrap());
        let text = plan.view().to_text();
        assert!(text.contains("~ update /etc/a.conf"), "{text}");
        assert!(text.contains("--- a/etc/a.conf"), "{text}");
        assert!(text.contains("-two"), "{text}");
        assert!(text.contains("+three"), "{text}");
    }

    #[test]
    fn a_no_op_write_has_no_diff() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.conf");
        std::fs::write(&a, "same\n").unwrap();
        let step = Step::write_file(a, "/a.conf", b"same\n".to_vec(), None).unwrap();
        assert!(step.noop && step.view().detail.is_none());
    }
}
