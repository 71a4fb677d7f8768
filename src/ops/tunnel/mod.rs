//! `tunnel`: cloudflared ingress rules from allocations with hostnames, in the local
//! `config.yml` (a plan of file, check, restart and wait steps) or in a remotely-managed
//! tunnel (a plan of one `cloudflare` API step), and `route`, a proxied CNAME to the tunnel.

pub mod diff;
pub mod route;
pub mod show;
pub mod sync;

use std::path::{Path, PathBuf};

use crate::core::error::{Error, Result};
use crate::core::host::atomic;
use crate::tunnel::{self, Rule, Shadow};

use super::{Progress, Session};

/// The config file: `given` as it is, else `paths.cloudflared_config` under `--root`; and
/// the path as shown.
pub(crate) fn config_path(
    session: &mut Session,
    given: Option<PathBuf>,
) -> Result<(PathBuf, String)> {
    // A symlinked config.yml is read and written at its target (refused outside --root).
    if let Some(p) = given {
        let shown = p.display().to_string();
        return Ok((session.host()?.file(&p)?, shown));
    }
    let host_path = session
        .config()?
        .get("paths.cloudflared_config")?
        .unwrap_or_else(|| "/etc/cloudflared/config.yml".into());
    let host = session.host()?;
    Ok((host.file(&host.path(&host_path))?, host_path))
}

/// The file's bytes (`None`: absent) and its text.
pub(crate) fn read_text(path: &Path) -> Result<(Option<Vec<u8>>, String)> {
    let old = atomic::read_optional(path)?;
    let text = match &old {
        Some(bytes) => String::from_utf8(bytes.clone())
            .map_err(|_| Error::validation(format!("`{}` is not UTF-8 text", path.display())))?,
        None => String::new(),
    };
    Ok((old, text))
}

/// The rules the allocations with hostnames ask for.
pub(crate) fn desired(session: &mut Session) -> Result<Vec<Rule>> {
    let allocations = session.state()?.read(|tx| tx.hostname_allocations())?;
    Ok(tunnel::desired_rules(&allocations))
}

/// `cloudflare.account_id` and `cloudflare.tunnel_id`, both needed for a remote tunnel.
pub(crate) fn remote_ids(session: &mut Session) -> Result<(String, String)> {
    let account = session
        .config()?
        .get("cloudflare.account_id")?
        .ok_or_else(|| {
            Error::usage("no Cloudflare account id is configured").with_hint(
                "set it with `meta config set cloudflare.account_id ID` or CLOUDFLARE_ACCOUNT_ID",
            )
        })?;
    let tunnel = tunnel_id(session)?;
    Ok((account, tunnel))
}

pub(crate) fn tunnel_id(session: &mut Session) -> Result<String> {
    session
        .config()?
        .get("cloudflare.tunnel_id")?
        .ok_or_else(|| {
            Error::usage("no tunnel id is configured").with_hint(
                "set it with `meta config set cloudflare.tunnel_id UUID` or META_TUNNEL_ID",
            )
        })
}

/// Refuses rules of meta's that a hand-written rule before them would take (exit 4), naming
/// the first; with `force`, warns of each and goes on.
pub(crate) fn check_shadowing(
    shadows: &[Shadow],
    whose: &str,
    force: bool,
    progress: &dyn Progress,
) -> Result<()> {
    let Some(first) = shadows.first() else {
        return Ok(());
    };
    if force {
        for s in shadows {
            progress.warn(&s.describe(whose));
        }
        return Ok(());
    }
    let more = match shadows.len() {
        1 => String::new(),
        n => format!(" ({} more like it)", n - 1),
    };
    Err(Error::conflict(format!("{}{more}", first.describe(whose)))
        .with_hint("remove or narrow that rule, or pass `--force` to write meta's rules anyway"))
}
