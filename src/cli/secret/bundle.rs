//! `meta secret export` and `meta secret import`: secrets in and out as age files.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Render, Table};
use crate::ops;
use crate::secret::bundle::{ExportReport, ImportReport};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only the secrets under this prefix
    pub prefix: Option<String>,
    /// An age recipient (`age1…`) who may open the bundle; repeat for several
    #[arg(short = 'r', long = "recipient", value_name = "RECIPIENT")]
    pub recipients: Vec<String>,
    /// Write the bundle to this file (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// ASCII-armored (PEM) output, as `age -a` writes
    #[arg(short, long)]
    pub armor: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The age file to read
    pub file: PathBuf,
    /// The age identity file that opens the bundle (`--identity` is the global flag for
    /// the state file's own identity)
    #[arg(short = 'i', long = "bundle-identity", value_name = "IDENTITY")]
    pub bundle_identity: PathBuf,
    /// Put every imported path under this prefix
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
}

impl Render for ExportReport {
    fn table(&self) -> Table {
        Table::fields([
            ("secrets", self.secrets.to_string()),
            ("versions", self.versions.to_string()),
            ("recipients", self.recipients.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        self.paths.clone()
    }
}

impl Render for ImportReport {
    fn table(&self) -> Table {
        let mut t = Table::new(["path", "version"]);
        for v in &self.imported {
            t.row([v.path.clone(), v.version.to_string()]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.imported.iter().map(|v| v.path.clone()).collect();
        paths.dedup();
        paths
    }
}

pub fn export(ctx: &mut Ctx, args: ExportArgs) -> Result<Status> {
    if args.out.is_none() && !args.armor && std::io::stdout().is_terminal() && !ctx.dry_run {
        return Err(
            Error::usage("refusing to write a binary age file to a terminal")
                .with_hint("pass `--out FILE`, redirect stdout, or add `--armor`"),
        );
    }
    let req = ops::secret::ExportRequest {
        prefix: args.prefix,
        recipients: args.recipients,
        out: args.out,
        armor: args.armor,
    };
    let done = ops::secret::export(&mut ctx.session, &req, ctx.dry_run)?;
    if ctx.dry_run {
        return ctx.print_plan(&done.plan);
    }
    let report = done.report;
    match (&done.bundle, &req.out) {
        (Some(bytes), _) => crate::core::output::stdout_bytes(bytes)?,
        (None, Some(file)) => {
            ctx.printer.status(format!(
                "wrote {} version(s) of {} secret(s) to `{}`",
                report.versions,
                report.secrets,
                file.display()
            ));
            ctx.printer.result(&report)?;
        }
        (None, None) => {}
    }
    Ok(Status::Success)
}

pub fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<Status> {
    let req = ops::secret::ImportRequest {
        file: args.file,
        bundle_identity: args.bundle_identity,
        prefix: args.prefix,
    };
    let out = ops::secret::import(&mut ctx.session, &req, ctx.dry_run)?;
    ctx.finish(out, |r: &ImportReport| {
        Some(format!(
            "imported {} version(s); skipped {} the secrets already held",
            r.imported.len(),
            r.skipped
        ))
    })
}
