//! `meta secret set PATH`: where the value comes from (a file, a variable, a hidden prompt
//! on a terminal, else stdin), and never the command line.

use std::io::IsTerminal;
use std::path::PathBuf;

use zeroize::Zeroizing;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::core::plan::PlanView;
use crate::secret::{self, SetChange, SetReport};

pub struct SetArgs {
    pub path: String,
    pub from_file: Option<PathBuf>,
    pub from_env: Option<String>,
    pub allow_empty: bool,
    /// A value was given on the command line (refused; never looked at).
    pub positional: bool,
}

impl Render for SetReport {
    fn table(&self) -> Table {
        Table::fields([
            ("path", self.path.clone()),
            ("version", self.version.to_string()),
            ("change", crate::core::output::plain(&self.change)),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.path.clone()]
    }
}

pub fn run(ctx: &mut Ctx, args: SetArgs) -> Result<Status> {
    if args.positional {
        // The value is already in argv, shell history and `ps`; say so without repeating it.
        return Err(Error::usage(
            "a secret value is never taken from the command line (it would show in `ps` and shell history)",
        )
        .with_hint(format!(
            "pipe it in (`meta secret set {} < file`), or use `--from-file FILE`, `--from-env VAR`, or run on a terminal to be asked",
            args.path
        )));
    }
    secret::check_path(&args.path)?;
    let value = read(&args)?;
    if value.is_empty() && !args.allow_empty {
        return Err(Error::usage(format!(
            "the value for `{}` is empty; nothing was stored",
            args.path
        ))
        .with_hint("pass `--allow-empty` to store an empty value on purpose"));
    }
    let identity = ctx.paths.identity.clone();
    let dry_run = ctx.dry_run;
    let report = secret::set(ctx.state()?, &identity, &args.path, &value, dry_run)?;
    drop(value);
    let path = &report.path;
    match report.change {
        SetChange::WouldCreate => {
            return ctx.print_plan(&PlanView::state_change(
                format!("secret/{path}"),
                format!("store version {} of secret `{path}`", report.version),
            ))
        }
        SetChange::Unchanged if dry_run => return ctx.print_plan(&super::empty_plan()),
        SetChange::Unchanged => ctx.printer.status(format!(
            "secret `{path}` already holds this value (version {}); no new version",
            report.version
        )),
        SetChange::Created if report.restored => ctx.printer.status(format!(
            "stored version {} of secret `{path}` (it was deleted; now it is back)",
            report.version
        )),
        SetChange::Created => ctx.printer.status(format!(
            "stored version {} of secret `{path}`",
            report.version
        )),
    }
    ctx.printer.result(&report)?;
    Ok(Status::Success)
}

fn read(args: &SetArgs) -> Result<Zeroizing<Vec<u8>>> {
    if let Some(file) = &args.from_file {
        if file.as_os_str() == "-" {
            return secret::read_value(std::io::stdin().lock(), "stdin");
        }
        let f = std::fs::File::open(file).map_err(|e| Error::io("read the value from", file, e))?;
        return secret::read_value(f, &format!("`{}`", file.display()));
    }
    if let Some(var) = &args.from_env {
        use std::os::unix::ffi::OsStringExt;
        let raw = crate::core::settings::named_var_os(var).ok_or_else(|| {
            Error::usage(format!("environment variable `{var}` is not set"))
                .with_hint("export it first, or pipe the value on stdin")
        })?;
        let bytes = Zeroizing::new(raw.into_vec());
        if bytes.len() > secret::MAX_VALUE_BYTES {
            return Err(secret::too_large());
        }
        return Ok(bytes);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        if !std::io::stderr().is_terminal() {
            return Err(
                Error::usage("no value given, and stderr is no terminal to ask on")
                    .with_hint("pipe the value on stdin, or use `--from-file` or `--from-env`"),
            );
        }
        let answer = dialoguer::Password::new()
            .with_prompt(format!("value for `{}`", args.path))
            .with_confirmation("again", "the two entries differ")
            .allow_empty_password(args.allow_empty)
            .interact()
            .map_err(|e| Error::failure(format!("cannot read the value from the terminal: {e}")))?;
        let answer = Zeroizing::new(answer);
        let mut bytes = Zeroizing::new(Vec::with_capacity(answer.len()));
        bytes.extend_from_slice(answer.as_bytes());
        return Ok(bytes);
    }
    secret::read_value(stdin.lock(), "stdin")
}
