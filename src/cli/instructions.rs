//! `meta instructions build|list|diff`: flags to settings, per-project outcomes to the
//! printer. `--all` goes on past a failing project and fails at the end, naming each.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::core::plan::PlanView;
use crate::instructions::{self, Adoption, FileStatus, Layer, Mode, Rendered, Settings, Shared};

#[derive(Debug, Subcommand)]
pub enum InstructionsCommand {
    /// Write each project's CLAUDE.md (or its --instructions-file) from the layers
    Build(BuildArgs),
    /// Each project, its layers, and whether its file is fresh, stale, edited or missing
    #[command(visible_alias = "ls")]
    List,
    /// Show what `build` would change in one project's file
    Diff {
        /// The project
        project: String,
    },
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The projects to build
    #[arg(required_unless_present = "all", value_name = "PROJECT")]
    pub projects: Vec<String>,
    /// Build every project that has a folder
    #[arg(long, conflicts_with = "projects")]
    pub all: bool,
    /// Write nothing; exit 8 when any file is stale, edited by hand or missing
    #[arg(long, conflicts_with_all = ["adopt", "force"])]
    pub check: bool,
    /// Move hand edits into .claude-specific/90-adopted.md, then rebuild
    #[arg(long, conflicts_with = "force")]
    pub adopt: bool,
    /// Overwrite a file edited by hand
    #[arg(long)]
    pub force: bool,
}

impl InstructionsCommand {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        match self {
            InstructionsCommand::Build(a) if !a.check => Some(AuditSpec {
                command: "instructions build",
                target: if a.all {
                    "instructions/all".to_string()
                } else {
                    format!("instructions/{}", a.projects.join(","))
                },
            }),
            _ => None,
        }
    }
}

pub fn run(ctx: &mut Ctx, command: InstructionsCommand) -> Result<Status> {
    match command {
        InstructionsCommand::Build(args) => build(ctx, args),
        InstructionsCommand::List => list(ctx),
        InstructionsCommand::Diff { project } => diff(ctx, &project),
    }
}

/// The instructions root and the allowed environment, from config and environment.
fn settings(ctx: &mut Ctx) -> Result<Settings> {
    let config = ctx.config()?;
    let root = config.get("instructions.root")?.ok_or_else(|| {
        Error::usage("no instructions root is set")
            .with_hint("`meta config set instructions.root DIR`")
    })?;
    let root = crate::core::host::canonical_path(&PathBuf::from(root))?;
    let mut env = BTreeMap::new();
    if let Some(serde_json::Value::Array(names)) = config.setting("instructions.allow_env")?.value {
        for name in names.iter().filter_map(|n| n.as_str()) {
            env.insert(name.to_string(), std::env::var(name).ok());
        }
    }
    Ok(Settings { root, env })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    Written,
    Adopted,
    Unchanged,
    Checked,
    Skipped,
    Failed,
}

/// An error as a row carries it: the exit code it would have alone, its kind and words.
#[derive(Debug, Clone, Serialize)]
struct RowError {
    code: u8,
    kind: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
}

impl From<&Error> for RowError {
    fn from(e: &Error) -> Self {
        RowError {
            code: e.kind.exit_code(),
            kind: e.kind.as_str(),
            message: e.message.clone(),
            hint: e.hint.clone(),
        }
    }
}

/// One project's outcome of `build`.
#[derive(Debug, Serialize)]
struct BuildRow {
    project: String,
    file: Option<String>,
    /// The file's status before the build.
    status: Option<FileStatus>,
    action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    adopted: Option<Adoption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<RowError>,
}

fn word<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "-".into())
}

impl Render for Vec<BuildRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "status", "action", "file"]);
        for r in self {
            t.row([
                r.project.clone(),
                r.status.as_ref().map(word).unwrap_or_else(|| "-".into()),
                word(&r.action),
                r.file.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.project.clone()).collect()
    }
}

/// Failures seen so far, shown as they happen when several projects are built.
struct Failures {
    many: bool,
    list: Vec<(String, Error)>,
}

impl Failures {
    fn add(&mut self, ctx: &Ctx, project: &str, err: Error) -> RowError {
        if self.many {
            ctx.printer.problem(format!("`{project}`: {}", err.message));
            if let Some(hint) = &err.hint {
                ctx.printer.status(format!("hint: {hint}"));
            }
        }
        let row = RowError::from(&err);
        self.list.push((project.to_string(), err));
        row
    }

    /// Ok when nothing failed; the lone error itself for one project; else a summary
    /// whose exit code is that of the most serious failure.
    fn finish(mut self, total: usize, verb: &str) -> Result<()> {
        if self.list.is_empty() {
            return Ok(());
        }
        if !self.many {
            return Err(self.list.remove(0).1);
        }
        let kind = instructions::worst(self.list.iter().map(|(_, e)| e.kind))
            .unwrap_or(crate::core::Kind::Failure);
        let names: Vec<String> = self.list.iter().map(|(p, _)| format!("`{p}`")).collect();
        Err(Error::new(
            kind,
            format!(
                "{} of {total} projects failed: {}",
                self.list.len(),
                names.join(", ")
            ),
        )
        .with_hint(if self.list.len() < total {
            format!("the other projects were {verb}; the errors above say what to fix in each")
        } else {
            "the errors above say what to fix in each".to_string()
        }))
    }
}

fn build(ctx: &mut Ctx, args: BuildArgs) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &args.projects, args.all)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let mode = if args.adopt {
        Mode::Adopt
    } else if args.force {
        Mode::Force
    } else {
        Mode::Build
    };
    let mut failures = Failures {
        many: targets.len() > 1 || args.all,
        list: Vec::new(),
    };
    if targets.is_empty() {
        ctx.printer
            .status("no projects are registered; `meta project add NAME --path DIR` adds one");
    }
    let mut rows = Vec::new();
    let mut plan_view = PlanView::default();
    let mut written = Vec::new();
    let mut drift = false;
    for target in &targets {
        let name = target.project.name.clone();
        if args.all && !instructions::has_folder(target) {
            ctx.printer
                .status(format!("`{name}` has no folder; skipped"));
            rows.push(BuildRow {
                project: name,
                file: None,
                status: None,
                action: Action::Skipped,
                adopted: None,
                error: None,
            });
            continue;
        }
        let mut row = BuildRow {
            project: name.clone(),
            file: instructions::file_of(&target.project).map(|f| f.display().to_string()),
            status: None,
            action: Action::Failed,
            adopted: None,
            error: None,
        };
        let rendered = match instructions::render(&settings, &shared, target) {
            Ok(r) => r,
            Err(e) => {
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
                continue;
            }
        };
        row.file = Some(rendered.shown());
        row.status = Some(rendered.status);
        if args.check {
            row.action = Action::Checked;
            if rendered.status != FileStatus::Fresh {
                drift = true;
                ctx.printer.problem(format!(
                    "`{name}`: `{}` is {}",
                    rendered.shown(),
                    describe(rendered.status)
                ));
            }
            rows.push(row);
            continue;
        }
        let built = match rendered.status {
            FileStatus::Edited => {
                instructions::built_bodies(ctx.state()?, &[rendered.file.as_path()])?
                    .remove(&rendered.file)
            }
            _ => None,
        };
        let project_plan = match instructions::plan(&rendered, mode, built.as_ref()) {
            Ok(p) => p,
            Err(e) => {
                if rendered.status == FileStatus::Edited {
                    ctx.printer.status(format!(
                        "hand edits in `{}`:\n{}",
                        rendered.shown(),
                        indent(&rendered.hand_diff(built.as_ref()))
                    ));
                }
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
                continue;
            }
        };
        if ctx.dry_run {
            let view = project_plan.plan.view();
            plan_view.changes += view.changes;
            plan_view.unchanged += view.unchanged;
            plan_view.steps.extend(view.steps);
            continue;
        }
        match project_plan.plan.apply(|_| {}) {
            Ok(view) => {
                row.action = if view.changes == 0 {
                    ctx.printer
                        .status(format!("`{name}`: `{}` unchanged", rendered.shown()));
                    Action::Unchanged
                } else if let Some(adoption) = project_plan.adoption {
                    ctx.printer.status(format!(
                        "`{name}`: adopted {} hand-written line(s) into `{}` and rebuilt `{}`",
                        adoption.added_lines,
                        adoption.file,
                        rendered.shown()
                    ));
                    if adoption.dropped_removals > 0 {
                        ctx.printer.warn(format!(
                            "`{name}`: {} line(s) removed by hand from generated text are back; \
                             change their source layer to remove them for good",
                            adoption.dropped_removals
                        ));
                    }
                    row.adopted = Some(adoption);
                    Action::Adopted
                } else {
                    ctx.printer
                        .status(format!("`{name}`: wrote `{}`", rendered.shown()));
                    Action::Written
                };
                written.push((rendered.file.clone(), name, project_plan.built));
                rows.push(row);
            }
            Err(e) => {
                row.error = Some(failures.add(ctx, &name, e));
                rows.push(row);
            }
        }
    }
    if !written.is_empty() {
        if let Err(e) = instructions::record(ctx.state()?, &written) {
            ctx.printer.warn(format!(
                "the files were written, but the state file could not remember them ({}); \
                 a later hand edit will be compared with a fresh build",
                e.message
            ));
        }
    }
    if ctx.dry_run && !args.check {
        ctx.print_plan(&plan_view)?;
    } else {
        ctx.printer.result(&rows)?;
    }
    failures.finish(targets.len(), if args.check { "checked" } else { "built" })?;
    Ok(if drift {
        Status::Drift
    } else {
        Status::Success
    })
}

fn describe(status: FileStatus) -> &'static str {
    match status {
        FileStatus::Fresh => "up to date",
        FileStatus::Stale => "stale: its sources changed since it was built",
        FileStatus::Edited => "edited by hand",
        FileStatus::Missing => "missing",
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum ListStatus {
    Fresh,
    Stale,
    Edited,
    Missing,
    NoFolder,
    Error,
}

impl From<FileStatus> for ListStatus {
    fn from(s: FileStatus) -> Self {
        match s {
            FileStatus::Fresh => ListStatus::Fresh,
            FileStatus::Stale => ListStatus::Stale,
            FileStatus::Edited => ListStatus::Edited,
            FileStatus::Missing => ListStatus::Missing,
        }
    }
}

#[derive(Debug, Default, Serialize)]
struct LayerCounts {
    core: usize,
    meta: usize,
    project: usize,
}

#[derive(Debug, Serialize)]
struct SourceView {
    layer: Layer,
    source: String,
    path: String,
    sha256: String,
}

#[derive(Debug, Serialize)]
struct ListRow {
    project: String,
    path: Option<String>,
    file: Option<String>,
    status: ListStatus,
    layers: LayerCounts,
    sources: Vec<SourceView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<RowError>,
}

impl Render for Vec<ListRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "status", "layers", "file"]);
        for r in self {
            let l = &r.layers;
            let mut layers = vec![format!("core {}", l.core)];
            if l.meta > 0 {
                layers.push(format!("meta {}", l.meta));
            }
            layers.push(format!("project {}", l.project));
            t.row([
                r.project.clone(),
                word(&r.status),
                layers.join(", "),
                r.file.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.project.clone()).collect()
    }
}

fn list_row(settings: &Settings, shared: &Shared, target: &instructions::Target) -> ListRow {
    let mut row = ListRow {
        project: target.project.name.clone(),
        path: target.project.path.clone(),
        file: instructions::file_of(&target.project).map(|f| f.display().to_string()),
        status: ListStatus::NoFolder,
        layers: LayerCounts::default(),
        sources: Vec::new(),
        error: None,
    };
    if !instructions::has_folder(target) {
        return row;
    }
    match instructions::render(settings, shared, target) {
        Ok(r) => {
            row.file = Some(r.shown());
            row.status = r.status.into();
            for s in &r.sources {
                match s.layer {
                    Layer::Core => row.layers.core += 1,
                    Layer::Meta => row.layers.meta += 1,
                    Layer::Project => row.layers.project += 1,
                }
                row.sources.push(SourceView {
                    layer: s.layer,
                    source: s.label.clone(),
                    path: s.path.display().to_string(),
                    sha256: s.sha256.clone(),
                });
            }
        }
        Err(e) => {
            row.status = ListStatus::Error;
            row.error = Some(RowError::from(&e));
        }
    }
    row
}

fn list(ctx: &mut Ctx) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &[], true)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let rows: Vec<ListRow> = targets
        .iter()
        .map(|t| list_row(&settings, &shared, t))
        .collect();
    for r in &rows {
        if let Some(e) = &r.error {
            ctx.printer.warn(format!("`{}`: {}", r.project, e.message));
        }
    }
    ctx.printer.result(&rows)?;
    Ok(Status::Success)
}

#[derive(Debug, Serialize)]
struct DiffResult {
    project: String,
    file: String,
    status: FileStatus,
    /// A unified diff from the file on disk to what `build` would write; empty when fresh.
    diff: String,
}

impl Render for DiffResult {
    fn table(&self) -> Table {
        Table::fields([
            ("project", self.project.clone()),
            ("file", self.file.clone()),
            ("status", word(&self.status)),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.file.clone()]
    }
}

fn diff(ctx: &mut Ctx, project: &str) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &[project.to_string()], false)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let Some(target) = targets.first() else {
        return Err(crate::project::not_found(project));
    };
    let rendered: Rendered = instructions::render(&settings, &shared, target)?;
    match rendered.status {
        FileStatus::Fresh => ctx
            .printer
            .status(format!("`{}` is up to date", rendered.shown())),
        FileStatus::Edited => ctx.printer.warn(format!(
            "`{}` was changed by hand: `build` refuses it without `--adopt` or `--force`; \
             this is what `--force` would write",
            rendered.shown()
        )),
        FileStatus::Stale | FileStatus::Missing => {}
    }
    let result = DiffResult {
        project: rendered.project.clone(),
        file: rendered.shown(),
        status: rendered.status,
        diff: rendered.diff(),
    };
    match ctx.printer.format {
        crate::core::output::Format::Table => {
            crate::core::output::stdout_bytes(result.diff.as_bytes())?
        }
        _ => ctx.printer.result(&result)?,
    }
    Ok(Status::Success)
}
