//! `meta secret set PATH`: where the value comes from (a file, a variable, a hidden prompt
//! on a terminal, else stdin), and never the command line.

use std::io::IsTerminal;
use std::path::PathBuf;

use zeroize::Zeroizing;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::ops;
use crate::ops::secret::SetRequest;
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
    // A variable the person named is read by the operation; any other value is read here,
    // when the operation asks for it (once it has checked the path).
    let req = SetRequest {
        path: args.path.clone(),
        from_env: args.from_env.clone(),
        allow_empty: args.allow_empty,
    };
    let mut read_here = || read(&args);
    let value: Option<ops::secret::ReadValue> = match &args.from_env {
        Some(_) => None,
        None => Some(&mut read_here),
    };
    let out = ops::secret::set(&mut ctx.session, &req, value, ctx.dry_run)?;
    ctx.finish(out, |r: &SetReport| {
        let (path, version) = (&r.path, r.version);
        Some(match r.change {
            SetChange::Unchanged => format!(
                "secret `{path}` already holds this value (version {version}); no new version"
            ),
            SetChange::Created if r.restored => format!(
                "stored version {version} of secret `{path}` (it was deleted; now it is back)"
            ),
            SetChange::Created => format!("stored version {version} of secret `{path}`"),
        })
    })
}

fn read(args: &SetArgs) -> Result<Zeroizing<Vec<u8>>> {
    if let Some(file) = &args.from_file {
        if file.as_os_str() == "-" {
            return secret::read_value(std::io::stdin().lock(), "stdin");
        }
        let f = std::fs::File::open(file).map_err(|e| Error::io("read the value from", file, e))?;
        return secret::read_value(f, &format!("`{}`", file.display()));
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
