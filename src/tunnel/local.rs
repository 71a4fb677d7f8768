//! The plan of a local `tunnel sync`: check the new config (cloudflared's own check where a
//! binary is configured), write it atomically, and with `--restart` restart cloudflared and
//! wait for its `/ready`; a restart that never gets ready puts the old file back and
//! restarts again.

use std::path::PathBuf;
use std::time::Duration;

use crate::core::error::{Error, Kind, Result};
use crate::core::host::{atomic, last_line, Host};
use crate::core::plan::{Plan, Step, StepKind, Undo};

pub struct LocalSync {
    /// The real path of config.yml (under `--root`).
    pub path: PathBuf,
    /// The path as shown and as passed to cloudflared.
    pub shown: String,
    pub old: Option<Vec<u8>>,
    pub new: Vec<u8>,
    /// Run `cloudflared tunnel --config F ingress validate` on the new file first.
    pub check_with_binary: bool,
    pub restart: bool,
    pub metrics: String,
    pub ready_timeout: Duration,
}

/// Runs cloudflared's own ingress check on `content`, written to a temp file beside the
/// config so relative paths in it resolve as they will.
fn cloudflared_validate(host: &Host, beside: &std::path::Path, content: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = beside
        .parent()
        .filter(|d| d.is_dir())
        .map(|d| d.to_path_buf())
        .unwrap_or_else(std::env::temp_dir);
    let mut file = tempfile::Builder::new()
        .prefix(".meta-check-")
        .suffix(".yml")
        .tempfile_in(&dir)
        .map_err(|e| Error::io("create a temp file in", &dir, e))?;
    file.write_all(content)
        .and_then(|()| file.flush())
        .map_err(|e| Error::io("write", file.path(), e))?;
    let config = file.path().to_path_buf();
    let out = host.run(
        "cloudflared",
        [
            "tunnel".as_ref(),
            "--config".as_ref(),
            config.as_os_str(),
            "ingress".as_ref(),
            "validate".as_ref(),
        ],
    )?;
    if out.status.success() {
        Ok(())
    } else {
        let mut why = last_line(&out.stderr);
        if why == "no output" {
            why = last_line(&out.stdout);
        }
        Err(Error::validation(format!(
            "cloudflared refused the new ingress: {why}"
        )))
    }
}

fn restart(host: &Host) -> Result<()> {
    host.run_ok("systemctl", ["restart", "cloudflared"])
        .map(|_| ())
}

pub fn plan<'a>(host: &'a Host, s: LocalSync) -> Result<Plan<'a>> {
    let mut plan = Plan::new();
    let changed = s.old.as_deref() != Some(s.new.as_slice());
    if s.check_with_binary && changed {
        let (path, content) = (s.path.clone(), s.new.clone());
        plan.push(Step::validate(
            "cloudflared",
            format!("cloudflared tunnel --config {} ingress validate", s.shown),
            move || cloudflared_validate(host, &path, &content),
        ));
    }
    plan.push(Step::write_file(
        s.path.clone(),
        &s.shown,
        s.new.clone(),
        None,
    )?);
    if s.restart && changed {
        let (path, old) = (s.path.clone(), s.old.clone());
        plan.push(Step::new(
            StepKind::Service,
            "cloudflared",
            "systemctl restart cloudflared",
            None,
            move || {
                if let Err(e) = restart(host) {
                    // cloudflared may be down now: put the old file back and start it on
                    // that, best effort, before the failure is reported.
                    let _ = match &old {
                        Some(bytes) => atomic::write_file(&path, bytes, None),
                        None => atomic::remove_file(&path),
                    };
                    let again = restart(host);
                    // The hint (how to raise a deadline that ran out) still applies.
                    return Err(Error {
                        kind: Kind::Validation,
                        message: format!(
                            "{}; the previous config was put back{}",
                            e.message,
                            if again.is_ok() {
                                " and cloudflared restarted on it"
                            } else {
                                ""
                            }
                        ),
                        ..e
                    });
                }
                // Undone by putting the old file back before restarting, since the steps
                // before (the write) are undone only after this one.
                let undo: Undo<'a> = Box::new(move || {
                    match &old {
                        Some(bytes) => atomic::write_file(&path, bytes, None)?,
                        None => atomic::remove_file(&path)?,
                    }
                    restart(host)
                });
                Ok(Some(undo))
            },
        ));
        let (metrics, timeout) = (s.metrics.clone(), s.ready_timeout);
        plan.push(Step::validate(
            format!("http://{metrics}/ready"),
            format!("wait up to {} s for cloudflared /ready on {metrics}", timeout.as_secs()),
            move || {
                if crate::api::cloudflare::wait_ready(&metrics, timeout) {
                    Ok(())
                } else {
                    Err(Error::validation(format!(
                        "cloudflared did not answer /ready on {metrics} within {} s; the previous config was put back and cloudflared restarted",
                        timeout.as_secs()
                    )))
                }
            },
        ));
    }
    Ok(plan)
}
