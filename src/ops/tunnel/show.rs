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
            let rules = config
                .get("ingress")
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .map(|r| {
                            let mut v: RuleView =
                                serde_json::from_value(r.clone()).unwrap_or_default();
                            v.managed = v.path.is_none()
                                && v.hostname.as_ref().is_some_and(|h| managed.contains(h));
                            v
                        })
                        .collect()
                })
                .unwrap_or_default();
            Ok(rules)
        }
    }
}
