//! `meta secret exec` (replace this process with a command that sees the secrets as
//! variables) and `meta secret env` (print them in a file format).

use std::ffi::OsString;

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::secret::{self, env::EnvFormat, env::VarView};

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// The secrets under this prefix become variables named by their last segment
    #[arg(long, value_name = "PREFIX")]
    pub prefix: String,
    /// Only these variables (names or last path segments, comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
    pub only: Vec<String>,
    /// Start from an empty environment (keeping only PATH and HOME) instead of this one
    #[arg(long)]
    pub no_inherit: bool,
    /// The command and its arguments, after `--`
    #[arg(last = true, required = true, value_name = "CMD")]
    pub command: Vec<OsString>,
}

impl Render for Vec<VarView> {
    fn table(&self) -> Table {
        let mut t = Table::new(["name", "path", "version"]);
        for v in self {
            t.row([v.name.clone(), v.path.clone(), v.version.to_string()]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|v| v.name.clone()).collect()
    }
}

pub fn run(ctx: &mut Ctx, args: ExecArgs) -> Result<Status> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::CommandExt;

    let identity = ctx.paths.identity.clone();
    let opened = secret::current_under(ctx.state()?, &identity, &args.prefix)?;
    let vars = secret::env::vars(nonempty(opened, &args.prefix)?, &args.only)?;
    for v in &vars {
        secret::env::check_env_value(v)?;
    }
    let program = &args.command[0];
    if ctx.dry_run {
        ctx.printer.status(format!(
            "would run `{}` with {} variable(s):",
            program.to_string_lossy(),
            vars.len()
        ));
        let views: Vec<VarView> = vars.iter().map(|v| v.view()).collect();
        ctx.printer.result(&views)?;
        return Ok(Status::Success);
    }
    let mut cmd = std::process::Command::new(program);
    cmd.args(&args.command[1..]);
    if args.no_inherit {
        cmd.env_clear();
        for keep in ["PATH", "HOME"] {
            if let Some(v) = crate::core::settings::var_os(keep) {
                cmd.env(keep, v);
            }
        }
    }
    for v in &vars {
        cmd.env(&v.name, std::ffi::OsStr::from_bytes(&v.value));
    }
    // `exec` never comes back on success, so the audit entry has to be written first.
    let paths: Vec<String> = vars.iter().map(|v| v.path.clone()).collect();
    secret::audit_exposed(ctx.state()?, "secret exec", &paths)?;
    crate::core::output::debug(format!(
        "exec `{}` with {}",
        program.to_string_lossy(),
        vars.iter()
            .map(|v| v.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let err = cmd.exec();
    let hint = if err.kind() == std::io::ErrorKind::NotFound {
        "check the command's name and PATH"
    } else {
        "check that the command is executable"
    };
    Err(Error::failure(format!(
        "cannot run `{}`: {}",
        program.to_string_lossy(),
        err
    ))
    .with_hint(hint))
}

pub fn env(ctx: &mut Ctx, prefix: &str, format: EnvFormat, only: &[String]) -> Result<Status> {
    let identity = ctx.paths.identity.clone();
    let opened = secret::current_under(ctx.state()?, &identity, prefix)?;
    let vars = secret::env::vars(nonempty(opened, prefix)?, only)?;
    let text = secret::env::render(&vars, format)?;
    let paths: Vec<String> = vars.iter().map(|v| v.path.clone()).collect();
    secret::audit_exposed(ctx.state()?, "secret env", &paths)?;
    crate::core::output::stdout_bytes(text.as_bytes())?;
    Ok(Status::Success)
}

/// A prefix with no secrets under it is most likely a typo: say so rather than run a
/// service without the variables it needs.
fn nonempty(opened: Vec<secret::Opened>, prefix: &str) -> Result<Vec<secret::Opened>> {
    if opened.is_empty() {
        return Err(Error::not_found(format!("no secrets under `{prefix}`"))
            .with_hint("`meta secret list` shows the paths that exist"));
    }
    Ok(opened)
}
