//! `meta config get|set|unset|list`.

use clap::Subcommand;

use super::{AuditSpec, Ctx, Status};
use crate::core::config::{value_text, Setting, Source};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::ops;
use crate::ops::config::{Edited, SetRequest, UnsetRequest};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the value in force for KEY (environment, then config.toml, then default)
    Get { key: String },
    /// Set KEY to VALUE in config.toml (lists comma-separated)
    Set { key: String, value: String },
    /// Remove KEY from config.toml
    Unset { key: String },
    /// Every setting, its value and where the value comes from
    #[command(visible_alias = "ls")]
    List,
}

impl ConfigCommand {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        match self {
            ConfigCommand::Set { key, .. } => Some(AuditSpec {
                command: "config set",
                target: format!("config/{key}"),
            }),
            ConfigCommand::Unset { key } => Some(AuditSpec {
                command: "config unset",
                target: format!("config/{key}"),
            }),
            ConfigCommand::Get { .. } | ConfigCommand::List => None,
        }
    }
}

fn shown(v: &Option<serde_json::Value>) -> String {
    v.as_ref().map(value_text).unwrap_or_else(|| "-".into())
}

fn source_text(s: Source) -> &'static str {
    match s {
        Source::Env => "env",
        Source::File => "file",
        Source::Default => "default",
        Source::Unset => "unset",
    }
}

impl Render for Setting {
    fn table(&self) -> Table {
        Table::fields([
            ("key", self.key.to_string()),
            ("value", shown(&self.value)),
            ("source", source_text(self.source).to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.key.to_string()]
    }
}

impl Render for Vec<Setting> {
    fn table(&self) -> Table {
        let mut t = Table::new(["key", "value", "source"]);
        for s in self {
            let source = match (s.source, s.env) {
                (Source::Env, Some(var)) => format!("env {var}"),
                (other, _) => source_text(other).to_string(),
            };
            t.row([s.key.to_string(), shown(&s.value), source]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|s| s.key.to_string()).collect()
    }
}

impl Render for Edited {
    fn table(&self) -> Table {
        Table::fields([
            ("key", self.key.clone()),
            ("path", self.path.clone().unwrap_or_else(|| "-".into())),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.key.clone()]
    }
}

pub fn run(ctx: &mut Ctx, command: ConfigCommand) -> Result<Status> {
    let dry_run = ctx.dry_run;
    match command {
        ConfigCommand::Get { key } => {
            let setting = ops::config::get(&mut ctx.session, &key)?;
            match ctx.printer.format {
                crate::core::output::Format::Table => crate::core::output::stdout_bytes(
                    format!("{}\n", shown(&setting.value)).as_bytes(),
                )?,
                _ => ctx.printer.result(&setting)?,
            }
            Ok(Status::Success)
        }
        ConfigCommand::List => {
            let settings = ops::config::list(&mut ctx.session)?;
            ctx.printer.result(&settings)?;
            Ok(Status::Success)
        }
        ConfigCommand::Set { key, value } => {
            let out = ops::config::set(&mut ctx.session, &SetRequest { key, value }, dry_run)?;
            finish_edit(ctx, out)
        }
        ConfigCommand::Unset { key } => {
            let out = ops::config::unset(&mut ctx.session, &UnsetRequest { key }, dry_run)?;
            finish_edit(ctx, out)
        }
    }
}

fn finish_edit(ctx: &Ctx, out: crate::ops::Outcome<Edited>) -> Result<Status> {
    if out.applied {
        let e = &out.result;
        match &e.path {
            Some(path) => ctx.printer.status(format!("updated `{}` in {path}", e.key)),
            None => ctx.printer.status(format!("`{}` unchanged", e.key)),
        }
        return Ok(Status::Success);
    }
    ctx.finish(out, |_| None)
}
