//! `meta config get|set|unset|list`.

use clap::Subcommand;

use super::{AuditSpec, Ctx, Status};
use crate::core::config::{value_text, Setting, Source};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::core::plan::{Plan, Step};

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

pub fn run(ctx: &mut Ctx, command: ConfigCommand) -> Result<Status> {
    match command {
        ConfigCommand::Get { key } => {
            let setting = ctx.config()?.setting(&key)?;
            if setting.value.is_none() {
                return Err(Error::not_found(format!("`{key}` is not set"))
                    .with_hint(format!("`meta config set {key} VALUE` sets it")));
            }
            match ctx.printer.format {
                crate::core::output::Format::Table => crate::core::output::stdout_bytes(
                    format!("{}\n", shown(&setting.value)).as_bytes(),
                )?,
                _ => ctx.printer.result(&setting)?,
            }
        }
        ConfigCommand::List => {
            let settings = ctx.config()?.list()?;
            ctx.printer.result(&settings)?;
        }
        ConfigCommand::Set { key, value } => edit(ctx, &key, |c| c.set(&key, &value))?,
        ConfigCommand::Unset { key } => edit(ctx, &key, |c| c.unset(&key))?,
    }
    Ok(Status::Success)
}

/// Applies an edit to config.toml through the plan engine, so `--dry-run` shows the diff
/// and an edit that changes nothing writes nothing.
fn edit(
    ctx: &mut Ctx,
    key: &str,
    change: impl FnOnce(&mut crate::core::config::Config) -> Result<bool>,
) -> Result<()> {
    let config = ctx.config()?;
    let changed = change(config)?;
    let path = config.path().to_path_buf();
    let text = config.render();
    let mut plan = Plan::new();
    plan.push(Step::write_file(
        path.clone(),
        &path.display().to_string(),
        text.into_bytes(),
        Some(0o600),
    )?);
    if ctx.dry_run {
        ctx.print_plan(&plan.view())?;
        return Ok(());
    }
    if !changed || plan.is_empty() {
        ctx.printer.status(format!("`{key}` unchanged"));
        return Ok(());
    }
    crate::core::config::ensure_private_dir(&ctx.paths.home)?;
    ctx.apply(plan, None)?;
    ctx.printer
        .status(format!("updated `{key}` in {}", path.display()));
    Ok(())
}
