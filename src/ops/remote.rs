//! The remote APIs a plan calls, by name (`cloudflare`, `gcp`). A plan's API steps carry
//! the API's name and a JSON call; this table connects a client for each name from the
//! session's settings, so `meta recover` can undo calls made by any command.

use std::collections::BTreeMap;

use crate::core::error::{Error, Result};
use crate::core::plan::RemoteApi;

use super::Session;

type Connect = fn(&mut Session) -> Result<Box<dyn RemoteApi>>;

/// Every API a plan may call, and how to connect its client.
const CONNECTORS: &[(&str, Connect)] = &[
    (super::dns::remote::API, connect_cloudflare),
    ("gcp", super::vm::credentials::connect_remote),
];

fn connect_cloudflare(session: &mut Session) -> Result<Box<dyn RemoteApi>> {
    let client =
        super::dns::remote::Cloudflare::connect(session, super::dns::remote::DEFAULT_RETRY_BUDGET)?;
    Ok(Box::new(client))
}

/// Clients for the APIs a plan calls, connected up front (a plan holds the session while
/// it runs).
#[derive(Default)]
pub struct Remotes {
    clients: BTreeMap<String, Box<dyn RemoteApi>>,
}

impl Remotes {
    /// Connects a client for each of `apis`.
    pub fn connect<'a>(
        session: &mut Session,
        apis: impl IntoIterator<Item = &'a str>,
    ) -> Result<Remotes> {
        let mut clients = BTreeMap::new();
        for api in apis {
            if clients.contains_key(api) {
                continue;
            }
            let connect = CONNECTORS
                .iter()
                .find(|(name, _)| *name == api)
                .map(|(_, c)| *c)
                .ok_or_else(|| Error::failure(format!("no client for the `{api}` API")))?;
            clients.insert(api.to_string(), connect(session)?);
        }
        Ok(Remotes { clients })
    }
}

impl RemoteApi for Remotes {
    fn call(&mut self, api: &str, call: &serde_json::Value) -> Result<()> {
        match self.clients.get_mut(api) {
            Some(client) => client.call(api, call),
            None => Err(Error::failure(format!(
                "no client for the `{api}` API was connected for this plan"
            ))),
        }
    }
}
