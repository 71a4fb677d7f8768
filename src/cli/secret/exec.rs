//! `meta secret exec` (replace this process with a command that sees the secrets as
//! variables) and `meta secret env` (print them in a file format).

use std::ffi::OsString;

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::ops;
use crate::ops::secret::Exec;
use crate::secret::{env::EnvFormat, env::VarView};

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
    use std::os::unix::process::CommandExt;

    let program = args.command[0].to_string_lossy().into_owned();
    let req = ops::secret::ExecRequest {
        prefix: args.prefix,
        only: args.only,
        no_inherit: args.no_inherit,
        command: args.command,
    };
    match ops::secret::exec(&mut ctx.session, &req, ctx.dry_run)? {
        Exec::Preview(views) => {
            ctx.printer.status(format!(
                "would run `{program}` with {} variable(s):",
                views.len()
            ));
            ctx.printer.result(&views)?;
            Ok(Status::Success)
        }
        Exec::Ready(mut cmd) => {
            crate::cli::show_warnings(ctx);
            let err = cmd.exec();
            let hint = if err.kind() == std::io::ErrorKind::NotFound {
                "check the command's name and PATH"
            } else {
                "check that the command is executable"
            };
            Err(Error::failure(format!("cannot run `{program}`: {err}")).with_hint(hint))
        }
    }
}

pub fn env(ctx: &mut Ctx, prefix: &str, format: EnvFormat, only: &[String]) -> Result<Status> {
    let req = ops::secret::EnvRequest {
        prefix: prefix.to_string(),
        format,
        only: only.to_vec(),
    };
    let text = ops::secret::env(&mut ctx.session, &req)?;
    crate::core::output::stdout_bytes(text.as_bytes())?;
    Ok(Status::Success)
}
