//! `meta secret export` and `meta secret import`: secrets in and out as age files.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::host::atomic;
use crate::core::output::{Render, Table};
use crate::core::plan::{PlanView, StepKind, StepView};
use crate::ops;
use crate::secret::bundle::{self, ExportReport, ImportReport};

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
    let recipients = bundle::parse_recipients(&args.recipients)?;
    let prefix = args.prefix.as_deref().unwrap_or("");
    if args.out.is_none() && !args.armor && std::io::stdout().is_terminal() && !ctx.dry_run {
        return Err(
            Error::usage("refusing to write a binary age file to a terminal")
                .with_hint("pass `--out FILE`, redirect stdout, or add `--armor`"),
        );
    }
    if ctx.dry_run {
        let report = bundle::export_preview(ctx.state()?, prefix)?;
        let target = match &args.out {
            Some(f) => f.display().to_string(),
            None => "stdout".into(),
        };
        let plan = PlanView {
            changes: 1,
            unchanged: 0,
            steps: vec![StepView {
                kind: if args.out.is_some() {
                    StepKind::WriteFile
                } else {
                    StepKind::StateChange
                },
                target,
                summary: format!(
                    "write {} version(s) of {} secret(s), encrypted to {} recipient(s)",
                    report.versions,
                    report.secrets,
                    recipients.len()
                ),
                detail: Some(report.paths.join("\n")),
            }],
        };
        return ctx.print_plan(&plan);
    }
    let identity = ctx.paths.identity.clone();
    let (encrypted, report) =
        bundle::export(ctx.state()?, &identity, prefix, &recipients, args.armor)?;
    match &args.out {
        Some(file) => {
            atomic::write_file(file, &encrypted, Some(0o600))?;
        }
        None => crate::core::output::stdout_bytes(&encrypted)?,
    }
    crate::secret::audit_exposed(ctx.state()?, "secret export", &report.paths)?;
    if let Some(file) = &args.out {
        ctx.printer.status(format!(
            "wrote {} version(s) of {} secret(s) to `{}`",
            report.versions,
            report.secrets,
            file.display()
        ));
        ctx.printer.result(&report)?;
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
    ctx.finish(out, false, |r: &ImportReport| {
        Some(format!(
            "imported {} version(s); skipped {} the secrets already held",
            r.imported.len(),
            r.skipped
        ))
    })
}
