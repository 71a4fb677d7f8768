//! Where `meta` keeps its own files: the home folder, the state file and the identity.

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Paths {
    pub home: PathBuf,
    pub state: PathBuf,
    pub identity: PathBuf,
}

impl Paths {
    /// Resolves the three paths from the flags (already merged with their variables by the
    /// parser) and the XDG defaults.
    pub fn resolve(
        home: Option<PathBuf>,
        state: Option<PathBuf>,
        identity: Option<PathBuf>,
    ) -> Paths {
        let home = home.unwrap_or_else(default_home);
        Paths {
            state: state.unwrap_or_else(|| home.join("state.db")),
            identity: identity.unwrap_or_else(|| home.join("identity.txt")),
            home,
        }
    }
}

fn default_home() -> PathBuf {
    if let Some(xdg) = crate::core::settings::var_os("XDG_DATA_HOME") {
        return PathBuf::from(xdg).join("meta");
    }
    let home = crate::core::settings::var_os("HOME").unwrap_or_else(|| "/root".into());
    PathBuf::from(home).join(".local/share/meta")
}
