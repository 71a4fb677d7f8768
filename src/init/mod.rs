//! `meta init`: the home folder (0700), the age identity (0600), the state file (0600) and
//! the data key wrapped to the identity. Run twice, it reports what exists and changes
//! nothing; it never replaces an identity or a key that is already there.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde::Serialize;

use crate::core::crypto::{DataKey, Identity};
use crate::core::error::{Error, Result};
use crate::core::host::atomic;
use crate::core::paths::Paths;
use crate::core::state::{self, State};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Created,
    Exists,
    WouldCreate,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Item {
    pub item: &'static str,
    pub path: String,
    pub status: Status,
    /// Something worth fixing by hand, such as a mode wider than it should be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct InitReport {
    pub items: Vec<Item>,
    /// The age recipient (public key) of the identity, to share for `secret export`.
    pub recipient: Option<String>,
}

impl InitReport {
    pub fn changed(&self) -> bool {
        self.items.iter().any(|i| i.status != Status::Exists)
    }
}

fn item(item: &'static str, path: &Path, status: Status) -> Item {
    Item {
        item,
        path: path.display().to_string(),
        status,
        warning: None,
    }
}

fn mode_warning(path: &Path, max: u32) -> Option<String> {
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & !max != 0).then(|| {
        format!(
            "mode {mode:04o} is wider than {max:04o}; `chmod {max:o} {}`",
            path.display()
        )
    })
}

pub fn init(paths: &Paths, dry_run: bool) -> Result<InitReport> {
    let mut items = Vec::new();
    let would = |s: Status| {
        if dry_run && s == Status::Created {
            Status::WouldCreate
        } else {
            s
        }
    };

    // The home folder.
    let home_status = if paths.home.is_dir() {
        Status::Exists
    } else {
        if !dry_run {
            create_private_dir(&paths.home)?;
        }
        Status::Created
    };
    let mut home = item("home", &paths.home, would(home_status));
    home.warning = (home_status == Status::Exists)
        .then(|| mode_warning(&paths.home, 0o700))
        .flatten();
    items.push(home);

    let state_exists = paths.state.exists();

    // The identity: an existing one is kept; a missing one is made only when no data key
    // exists that would need the old one.
    let (identity, identity_status) = if paths.identity.exists() {
        (Some(Identity::load(&paths.identity)?), Status::Exists)
    } else {
        if state_exists {
            let mut s = State::open(&paths.state)?;
            if s.read(|tx| tx.key_current())?.is_some() {
                return Err(Error::failure(format!(
                    "cannot open the data key with `{}`: the identity file is missing",
                    paths.identity.display()
                ))
                .with_hint("restore the identity file, or point `--identity`/`META_IDENTITY` at it; a new identity could not open the secrets already stored"));
            }
        }
        let id = Identity::generate(&paths.identity);
        if !dry_run {
            if let Some(parent) = paths.identity.parent() {
                if !parent.exists() {
                    create_private_dir(parent)?;
                }
            }
            atomic::write_file(
                &paths.identity,
                id.to_file_text(&state::now()).as_bytes(),
                Some(0o600),
            )?;
        }
        (Some(id), Status::Created)
    };
    let mut id_item = item("identity", &paths.identity, would(identity_status));
    id_item.warning = (identity_status == Status::Exists)
        .then(|| mode_warning(&paths.identity, 0o600))
        .flatten();
    items.push(id_item);
    let identity = identity.expect("an identity was loaded or generated");

    // The state file and its data key.
    if dry_run && !state_exists {
        items.push(item("state", &paths.state, Status::WouldCreate));
        items.push(item("data_key", &paths.state, Status::WouldCreate));
        return Ok(InitReport {
            items,
            recipient: Some(identity.recipient().to_string()),
        });
    }
    let (mut st, state_status) = if state_exists {
        (State::open(&paths.state)?, Status::Exists)
    } else {
        (State::create(&paths.state)?, Status::Created)
    };
    let mut state_item = item("state", &paths.state, state_status);
    state_item.warning = (state_status == Status::Exists)
        .then(|| mode_warning(&paths.state, 0o600))
        .flatten();
    items.push(state_item);

    let key_status = st.write(|tx| match tx.key_current()? {
        Some(wrapped) => {
            // Proves the identity opens the key, so a wrong identity is caught here.
            DataKey::unwrap(&wrapped.wrapped, &identity)?;
            Ok(Status::Exists)
        }
        None if dry_run => Ok(Status::WouldCreate),
        None => {
            let wrapped = DataKey::generate().wrap(&identity.recipient())?;
            let generation = tx.key_insert(&wrapped, &state::now())?;
            tx.key_set_proof(
                generation,
                &crate::core::crypto::generation_proof(&identity, generation, &wrapped),
            )?;
            // A new state file has nothing from before keying to adopt.
            if state_status == Status::Created {
                tx.key_clear_legacy_mark()?;
            }
            Ok(Status::Created)
        }
    })?;
    items.push(item("data_key", &paths.state, key_status));
    Ok(InitReport {
        items,
        recipient: Some(identity.recipient().to_string()),
    })
}

fn create_private_dir(dir: &Path) -> Result<()> {
    crate::core::config::ensure_private_dir(dir)
}
