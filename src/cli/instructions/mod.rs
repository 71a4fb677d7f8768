//! `meta instructions build|list|diff`: the clap types, and what the leaves share for
//! showing results. The work is in [`crate::ops::instructions`].

mod build;
mod diff;
mod list;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;

const BUILD_HELP: &str = "\
Layers, in this order (files within a layer in byte order of their names):
  <instructions.root>/core/*.md          every project
  <instructions.root>/meta/*.md          the project named `meta` only
  <project>/.claude-specific/*.md        that project
Placeholders: {{project.name}} {{project.path}} {{project.port_range}} {{project.services}}
and {{env.NAME}} for names in instructions.allow_env; {{{{ writes a literal {{.

With several projects a failing one does not stop the others; the exit code is then that
of the most fundamental failure, the lowest of their codes (1, then 2, 3, 4).
--check exits 8 when a file is stale, edited by hand or missing.";

#[derive(Debug, Subcommand)]
pub enum InstructionsCommand {
    /// Write each project's CLAUDE.md (or its --instructions-file) from the layers
    #[command(after_help = BUILD_HELP)]
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
        InstructionsCommand::Build(args) => build::run(ctx, args),
        InstructionsCommand::List => list::run(ctx),
        InstructionsCommand::Diff { project } => diff::run(ctx, &project),
    }
}

/// A unit enum as its snake_case word, for table cells.
fn word<T: Serialize>(v: &T) -> String {
    Some(crate::core::output::plain(v))
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "-".into())
}
