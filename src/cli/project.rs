//! `meta project add|list|show|rm`.

use std::path::PathBuf;

use clap::Subcommand;
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::core::plan::PlanView;
use crate::project::{self, AddRequest, Change, PortRange, Project, ProjectDetail};

#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Register a project; without --range it gets the next free 1000-port block at or above 3000
    Add {
        name: String,
        /// The project's folder (stored canonical)
        #[arg(long, value_name = "DIR")]
        path: Option<PathBuf>,
        /// Its port range, START-END
        #[arg(long, value_name = "START-END")]
        range: Option<String>,
        /// The assistant instructions file `meta instructions build` writes [default: CLAUDE.md]
        #[arg(long, value_name = "NAME")]
        instructions_file: Option<String>,
    },
    /// List the projects
    #[command(visible_alias = "ls")]
    List,
    /// Show one project and what it owns
    Show { name: String },
    /// Remove a project (refused while it owns anything, unless --force)
    #[command(visible_alias = "remove")]
    Rm {
        name: String,
        /// Also remove its allocations, deployments and dev environments (asks first)
        #[arg(long)]
        force: bool,
    },
}

impl ProjectCommand {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        match self {
            ProjectCommand::Add { name, .. } => Some(AuditSpec {
                command: "project add",
                target: format!("project/{name}"),
            }),
            ProjectCommand::Rm { name, .. } => Some(AuditSpec {
                command: "project rm",
                target: format!("project/{name}"),
            }),
            ProjectCommand::List | ProjectCommand::Show { .. } => None,
        }
    }
}

/// A project as `add` and `rm` report it: the project and what happened to it.
#[derive(Debug, Serialize)]
struct ProjectChange {
    #[serde(flatten)]
    project: Project,
    change: Change,
}

fn project_fields(p: &Project) -> Vec<(&'static str, String)> {
    vec![
        ("name", p.name.clone()),
        ("range", p.range.to_string()),
        ("path", p.path.clone().unwrap_or_else(|| "-".into())),
        (
            "instructions_file",
            p.instructions_file.clone().unwrap_or_else(|| "-".into()),
        ),
        ("created", p.created.clone()),
    ]
}

impl Render for ProjectChange {
    fn table(&self) -> Table {
        let mut fields = project_fields(&self.project);
        fields.push(("change", crate::core::output::plain(&self.change)));
        Table::fields(fields)
    }
    fn names(&self) -> Vec<String> {
        vec![self.project.name.clone()]
    }
}

impl Render for Vec<Project> {
    fn table(&self) -> Table {
        let mut t = Table::new(["name", "range", "path"]);
        for p in self {
            t.row([
                p.name.clone(),
                p.range.to_string(),
                p.path.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|p| p.name.clone()).collect()
    }
}

impl Render for ProjectDetail {
    fn table(&self) -> Table {
        let mut fields = project_fields(&self.project);
        fields.push(("allocations", self.owns.allocations.to_string()));
        fields.push(("deployments", self.owns.deployments.to_string()));
        fields.push(("dev_envs", self.owns.dev_envs.to_string()));
        Table::fields(fields)
    }
    fn names(&self) -> Vec<String> {
        vec![self.project.name.clone()]
    }
}

pub fn run(ctx: &mut Ctx, command: ProjectCommand) -> Result<Status> {
    match command {
        ProjectCommand::Add {
            name,
            path,
            range,
            instructions_file,
        } => {
            let range = range.as_deref().map(str::parse::<PortRange>).transpose()?;
            let req = AddRequest {
                name: &name,
                path: path.as_deref(),
                range,
                instructions_file: instructions_file.as_deref(),
            };
            let dry_run = ctx.dry_run;
            let (project, change) = project::add(ctx.state()?, &req, dry_run)?;
            match change {
                Change::WouldCreate => {
                    let summary = format!(
                        "add project `{}` with ports {}",
                        project.name, project.range
                    );
                    return ctx.print_plan(&PlanView::state_change(
                        format!("project/{}", project.name),
                        summary,
                    ));
                }
                Change::Unchanged => ctx.printer.status(format!(
                    "project `{name}` already exists with these settings; unchanged"
                )),
                _ => ctx.printer.status(format!(
                    "added project `{name}` with ports {}",
                    project.range
                )),
            }
            ctx.printer.result(&ProjectChange { project, change })?;
        }
        ProjectCommand::List => {
            let projects = project::list(ctx.state()?)?;
            ctx.printer.result(&projects)?;
        }
        ProjectCommand::Show { name } => {
            let detail = project::show(ctx.state()?, &name)?;
            ctx.printer.result(&detail)?;
        }
        ProjectCommand::Rm { name, force } => {
            let owns = project::usage(ctx.state()?, &name)?;
            if force && !owns.is_empty() && !ctx.dry_run {
                ctx.confirm(&format!(
                    "remove project `{name}` and its {}",
                    project::describe_usage(&owns)
                ))?;
            }
            let dry_run = ctx.dry_run;
            let (detail, change) = project::remove(ctx.state()?, &name, force, dry_run)?;
            if change == Change::WouldRemove {
                let mut summary = format!("remove project `{name}`");
                if !detail.owns.is_empty() {
                    summary.push_str(&format!(
                        " and its {}",
                        project::describe_usage(&detail.owns)
                    ));
                }
                return ctx.print_plan(&PlanView::state_change(format!("project/{name}"), summary));
            }
            ctx.printer.status(format!("removed project `{name}`"));
            ctx.printer.result(&ProjectChange {
                project: detail.project,
                change,
            })?;
        }
    }
    Ok(Status::Success)
}
