//! How a plan looks: the text `--dry-run` prints for people (one line a step, diffs
//! indented under files) and the table and names of the other output formats.

use super::{PlanView, StepKind, StepView};
use crate::core::output::{Render, Table};

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

impl StepView {
    /// A change to the state file.
    pub fn state(target: impl Into<String>, summary: impl Into<String>) -> StepView {
        StepView {
            kind: StepKind::StateChange,
            target: target.into(),
            summary: summary.into(),
            detail: None,
        }
    }
}

impl PlanView {
    /// The plan of an operation that recorded `steps` as it made its changes.
    pub fn of(steps: Vec<StepView>) -> PlanView {
        PlanView {
            changes: steps.len(),
            unchanged: 0,
            steps,
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
                StepKind::Wait => '?',
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
