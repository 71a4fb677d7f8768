//! `meta secret …`: the clap types of the group and the small leaves; `set`, `exec`/`env`
//! and `export`/`import` have files of their own.

mod bundle;
mod exec;
mod set;

use std::ffi::OsString;
use std::path::PathBuf;

use base64::Engine;
use clap::Subcommand;
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Format, Render, Table};
use crate::core::state::SecretSummary;
use crate::ops;
use crate::ops::secret::{DeleteRequest, Mode};
use crate::secret::{self, env::EnvFormat, DeleteChange, DeleteReport, History};

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt
    Set {
        path: String,
        /// Read the value from this file (`-` for stdin)
        #[arg(long, value_name = "FILE", conflicts_with = "from_env")]
        from_file: Option<PathBuf>,
        /// Read the value from this environment variable
        #[arg(long, value_name = "VAR")]
        from_env: Option<String>,
        /// Accept an empty value
        #[arg(long)]
        allow_empty: bool,
        /// Refused: a value on the command line would show in `ps` and shell history
        #[arg(hide = true, num_args = 0.., allow_hyphen_values = true)]
        value: Vec<OsString>,
    },
    /// Print a secret's value alone (raw bytes, no newline added)
    #[command(disable_version_flag = true)]
    Get {
        path: String,
        /// An older version instead of the current one
        #[arg(long, value_name = "N")]
        version: Option<i64>,
    },
    /// List secrets (paths, versions, last update; never values)
    #[command(visible_alias = "ls")]
    List {
        /// Only paths under this prefix
        prefix: Option<String>,
        /// Include deleted secrets
        #[arg(long)]
        deleted: bool,
    },
    /// The versions of a secret (never values)
    History { path: String },
    /// Hide a secret from list and get (`undelete` brings it back); --purge destroys it
    #[command(visible_alias = "rm")]
    Delete {
        path: String,
        /// Destroy every version for good (asks first)
        #[arg(long)]
        purge: bool,
    },
    /// Bring back a deleted secret
    Undelete { path: String },
    /// Run a command with the secrets under a prefix as environment variables
    Exec(exec::ExecArgs),
    /// Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile
    Env {
        prefix: String,
        #[arg(long, value_enum, default_value_t = EnvFormat::Dotenv)]
        format: EnvFormat,
        /// Only these variables (names or last path segments, comma-separated)
        #[arg(long, value_delimiter = ',', value_name = "K1,K2")]
        only: Vec<String>,
    },
    /// Write the secrets (every version) as an age file that `age -d` opens
    Export(bundle::ExportArgs),
    /// Read back a bundle made by `export` (or any age file holding such a JSON document)
    Import(bundle::ImportArgs),
    /// Make a new data key and re-encrypt every version under it, in one transaction
    RotateKey,
}

impl SecretCommand {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        let spec = |command: &'static str, path: &str| {
            Some(AuditSpec {
                command,
                target: format!("secret/{path}"),
            })
        };
        match self {
            SecretCommand::Set { path, .. } => spec("secret set", path),
            SecretCommand::Get { path, .. } => spec("secret get", path),
            SecretCommand::Delete { path, purge: false } => spec("secret delete", path),
            SecretCommand::Delete { path, purge: true } => spec("secret purge", path),
            SecretCommand::Undelete { path } => spec("secret undelete", path),
            SecretCommand::Import(args) => {
                spec("secret import", args.prefix.as_deref().unwrap_or_default())
            }
            SecretCommand::RotateKey => Some(AuditSpec {
                command: "secret rotate-key",
                target: "secret/".into(),
            }),
            // These hand out values of several secrets; each records the paths it exposed
            // itself (exec before it replaces the process, so no entry could follow it).
            SecretCommand::Exec(_) | SecretCommand::Env { .. } | SecretCommand::Export(_) => None,
            SecretCommand::List { .. } | SecretCommand::History { .. } => None,
        }
    }
}

pub fn run(ctx: &mut Ctx, command: SecretCommand) -> Result<Status> {
    match command {
        SecretCommand::Set {
            path,
            from_file,
            from_env,
            allow_empty,
            value,
        } => set::run(
            ctx,
            set::SetArgs {
                path,
                from_file,
                from_env,
                allow_empty,
                positional: !value.is_empty(),
            },
        ),
        SecretCommand::Get { path, version } => get(ctx, &path, version),
        SecretCommand::List { prefix, deleted } => {
            let rows =
                ops::secret::list(&mut ctx.session, prefix.as_deref().unwrap_or(""), deleted)?;
            ctx.printer.result(&rows)?;
            Ok(Status::Success)
        }
        SecretCommand::History { path } => {
            let history = ops::secret::history(&mut ctx.session, &path)?;
            ctx.printer.result(&history)?;
            Ok(Status::Success)
        }
        SecretCommand::Delete { path, purge } => {
            let mode = if purge { Mode::Purge } else { Mode::Delete };
            delete(ctx, path, mode)
        }
        SecretCommand::Undelete { path } => delete(ctx, path, Mode::Undelete),
        SecretCommand::Exec(args) => exec::run(ctx, args),
        SecretCommand::Env {
            prefix,
            format,
            only,
        } => exec::env(ctx, &prefix, format, &only),
        SecretCommand::Export(args) => bundle::export(ctx, args),
        SecretCommand::Import(args) => bundle::import(ctx, args),
        SecretCommand::RotateKey => rotate_key(ctx),
    }
}

/// `get -o json`: the value with its version; base64 when the bytes are not UTF-8.
#[derive(Serialize)]
struct GetView {
    path: String,
    version: i64,
    created: String,
    encoding: &'static str,
    #[serde(serialize_with = "plain_str")]
    value: zeroize::Zeroizing<String>,
}

fn plain_str<S: serde::Serializer>(
    v: &zeroize::Zeroizing<String>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(v)
}

impl Render for GetView {
    fn table(&self) -> Table {
        Table::fields([
            ("path", self.path.clone()),
            ("version", self.version.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.path.clone()]
    }
}

fn get(ctx: &mut Ctx, path: &str, version: Option<i64>) -> Result<Status> {
    let opened = ops::secret::get(&mut ctx.session, path, version)?;
    crate::core::output::debug(format!(
        "opened secret `{}` version {}",
        opened.path, opened.version
    ));
    match ctx.printer.format {
        // Raw bytes and nothing else, so `$(meta secret get x)` is the value.
        Format::Table => crate::core::output::stdout_bytes(&opened.value)?,
        Format::Name => ctx.printer.result(&GetView {
            path: opened.path,
            version: opened.version,
            created: opened.created,
            encoding: "utf8",
            value: zeroize::Zeroizing::new(String::new()),
        })?,
        Format::Json | Format::Yaml => {
            let (encoding, value) = match std::str::from_utf8(&opened.value) {
                Ok(text) => {
                    let mut s = zeroize::Zeroizing::new(String::with_capacity(text.len()));
                    s.push_str(text);
                    ("utf8", s)
                }
                Err(_) => {
                    let mut s = zeroize::Zeroizing::new(String::with_capacity(
                        opened.value.len() * 4 / 3 + 4,
                    ));
                    base64::engine::general_purpose::STANDARD
                        .encode_string(opened.value.as_slice(), &mut s);
                    ("base64", s)
                }
            };
            ctx.printer.result(&GetView {
                path: opened.path,
                version: opened.version,
                created: opened.created,
                encoding,
                value,
            })?
        }
    }
    Ok(Status::Success)
}

impl Render for Vec<SecretSummary> {
    fn table(&self) -> Table {
        let show_deleted = self.iter().any(|s| s.deleted);
        let mut headers = vec!["path", "version", "versions", "updated"];
        if show_deleted {
            headers.push("deleted");
        }
        let mut t = Table::new(headers);
        for s in self {
            let mut row = vec![
                s.path.clone(),
                s.version.to_string(),
                s.versions.to_string(),
                s.updated.clone(),
            ];
            if show_deleted {
                row.push(if s.deleted { "yes" } else { "no" }.into());
            }
            t.row(row);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|s| s.path.clone()).collect()
    }
}

impl Render for History {
    fn table(&self) -> Table {
        let mut t = Table::new(["version", "created", "current"]);
        let newest = self.versions.iter().map(|v| v.version).max();
        for v in &self.versions {
            let current = if Some(v.version) == newest {
                if self.deleted {
                    "deleted"
                } else {
                    "yes"
                }
            } else {
                ""
            };
            t.row([
                v.version.to_string(),
                v.created.clone(),
                current.to_string(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.versions
            .iter()
            .map(|v| v.version.to_string())
            .collect()
    }
}

impl Render for DeleteReport {
    fn table(&self) -> Table {
        Table::fields([
            ("path", self.path.clone()),
            ("versions", self.versions.to_string()),
            ("change", crate::core::output::plain(&self.change)),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.path.clone()]
    }
}

fn delete(ctx: &mut Ctx, path: String, mode: Mode) -> Result<Status> {
    let dry_run = ctx.dry_run;
    let confirm = ctx.confirmer();
    let req = DeleteRequest { path, mode };
    let out = ops::secret::delete(&mut ctx.session, &req, dry_run, &confirm)?;
    ctx.finish(out, |r: &DeleteReport| {
        let (path, n) = (&r.path, r.versions);
        Some(match r.change {
            DeleteChange::Unchanged if mode == Mode::Undelete => {
                format!("secret `{path}` is not deleted; unchanged")
            }
            DeleteChange::Unchanged => format!("secret `{path}` is already deleted; unchanged"),
            DeleteChange::Deleted => {
                format!("deleted secret `{path}`; `meta secret undelete {path}` brings it back")
            }
            DeleteChange::Restored => format!("brought back secret `{path}`"),
            DeleteChange::Purged => format!("destroyed all {n} version(s) of secret `{path}`"),
        })
    })
}

impl Render for secret::RotateReport {
    fn table(&self) -> Table {
        Table::fields([
            ("old_generation", self.old_generation.to_string()),
            ("new_generation", self.new_generation.to_string()),
            ("secrets", self.secrets.to_string()),
            ("versions", self.versions.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.new_generation.to_string()]
    }
}

fn rotate_key(ctx: &mut Ctx) -> Result<Status> {
    let out = ops::secret::rotate_key(&mut ctx.session, ctx.dry_run)?;
    ctx.finish(out, |r: &secret::RotateReport| {
        Some(format!(
            "re-encrypted {} version(s) of {} secret(s) under data key generation {}; generation {} is gone",
            r.versions, r.secrets, r.new_generation, r.old_generation
        ))
    })
}
