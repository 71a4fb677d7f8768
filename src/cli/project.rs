//! `meta project add|list|show|rm`.

use std::path::PathBuf;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::ops;
use crate::ops::project::{AddRequest, ProjectChange, RemoveRequest};
use crate::project::{Change, PortRange, Project, ProjectDetail};
use clap::Subcommand;

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
    let dry_run = ctx.dry_run;
    match command {
        ProjectCommand::Add {
            name,
            path,
            range,
            instructions_file,
        } => {
            let req = AddRequest {
                name,
                path,
                range: range.as_deref().map(str::parse::<PortRange>).transpose()?,
                instructions_file,
            };
            let out = ops::project::add(&mut ctx.session, &req, dry_run)?;
            ctx.finish(out, |p: &ProjectChange| {
                let name = &p.project.name;
                Some(match p.change {
                    Change::Unchanged => {
                        format!("project `{name}` already exists with these settings; unchanged")
                    }
                    _ => format!("added project `{name}` with ports {}", p.project.range),
                })
            })
        }
        ProjectCommand::List => {
            let projects = ops::project::list(&mut ctx.session)?;
            ctx.printer.result(&projects)?;
            Ok(Status::Success)
        }
        ProjectCommand::Show { name } => {
            let detail = ops::project::show(&mut ctx.session, &name)?;
            ctx.printer.result(&detail)?;
            Ok(Status::Success)
        }
        ProjectCommand::Rm { name, force } => {
            let req = RemoveRequest { name, force };
            let confirm = ctx.confirmer();
            let out = ops::project::remove(&mut ctx.session, &req, dry_run, &confirm)?;
            ctx.finish(out, |p: &ProjectChange| {
                Some(format!("removed project `{}`", p.project.name))
            })
        }
    }
}
