//! `tunnel show`: the ingress rules of the local config or (remote) of the remotely-managed
//! tunnel, the ones meta manages marked.

use std::path::PathBuf;
use std::time::Duration;

use crate::core::error::{Error, Result};
use crate::ops::Session;
use crate::tunnel::{self, RuleView};

pub enum Request {
    Local { config: Option<PathBuf> },
    Remote { retry_budget: Duration },
}

pub fn run(session: &mut Session, req: Request) -> Result<Vec<RuleView>> {
    match req {
        Request::Local { config } => {
            let (path, shown) = super::config_path(session, config)?;
            let (old, text) = super::read_text(&path)?;
            if old.is_none() {
                return Err(Error::not_found(format!("`{shown}` does not exist"))
                    .with_hint("`meta tunnel sync` writes it"));
            }
            tunnel::rules_of(&text)
        }
        Request::Remote { retry_budget } => {
            let (account, tunnel_id) = super::remote_ids(session)?;
            let api = crate::ops::dns::connect(session, retry_budget)?;
            let config = api.client().tunnel_config(&account, &tunnel_id)?;
            let managed = session
                .state()?
                .read(|tx| tx.tunnel_remote_hostnames(&tunnel_id))?;
            // meta's rules are the run just before the catch-all (where a sync puts them);
            // a hand-written rule for one of their hostnames elsewhere is not meta's.
            let all = tunnel::remote_rules(&config, 0);
            let end = match all.last() {
                Some(r) if r.hostname.is_none() && r.path.is_none() => all.len() - 1,
                _ => all.len(),
            };
            let count = tunnel::meta_run(&all[..end], |h| managed.iter().any(|m| m == h));
            let rules = tunnel::remote_rules(&config, count);
            Ok(rules)
        }
    }
}
