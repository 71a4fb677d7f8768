//! The plan of a local `tunnel sync`: write the new config atomically, check it with
//! cloudflared's own check (where a binary is configured), and with `--restart` restart
//! cloudflared and wait for its `/ready`. A failure at any step puts the old file back and,
//! if cloudflared was restarted, restarts it on the old file.

use std::path::PathBuf;
use std::time::Duration;

use crate::core::plan::{Plan, Step};

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

pub fn plan(s: LocalSync) -> Plan {
    let mut plan = Plan::new();
    let changed = s.old.as_deref() != Some(s.new.as_slice());
    let path = s.path.display().to_string();
    plan.push(Step::write_file_over(
        s.path.clone(),
        &s.shown,
        s.old.as_deref(),
        s.new,
        None,
    ));
    if !changed {
        return plan;
    }
    // cloudflared reads the file only when restarted, so checking it in place is safe: a
    // refused file is put back before anything reads it.
    if s.check_with_binary {
        plan.push(Step::validate(
            "cloudflared",
            &["tunnel", "--config", &path, "ingress", "validate"],
            format!("cloudflared tunnel --config {} ingress validate", s.shown),
        ));
    }
    if s.restart {
        // Undone by restarting again once the old file is back.
        plan.push(Step::service(
            "systemctl",
            &["restart", "cloudflared"],
            Some(&["restart", "cloudflared"]),
        ));
        plan.push(Step::wait(
            format!("http://{}/ready", s.metrics),
            s.ready_timeout,
            format!(
                "wait up to {} s for cloudflared /ready on {}",
                s.ready_timeout.as_secs(),
                s.metrics
            ),
        ));
    }
    plan
}
