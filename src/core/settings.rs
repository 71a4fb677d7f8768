//! Settings: flags > environment > config.toml > defaults, resolved once per process.
//!
//! [`ENVIRONMENT`] is the one list of every environment variable `meta` reads; the
//! variables are read once, the first time any is asked for, and nothing else in the crate
//! calls `std::env::var` (a test holds the crate to that).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use zeroize::Zeroizing;

use crate::core::error::{Error, Result};
use crate::core::paths::Paths;

/// Every environment variable `meta` reads, and what for.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("META_HOME", "the home folder (`--home`)"),
    ("META_STATE", "the state file (`--state`)"),
    ("META_ROOT", "the prefix of every host path (`--root`)"),
    ("META_IDENTITY", "the age identity (`--identity`)"),
    (
        "META_LOCK_TIMEOUT",
        "seconds to wait for the state lock or the host lock",
    ),
    ("META_INSTRUCTIONS_ROOT", "config `instructions.root`"),
    ("CLOUDFLARE_API_TOKEN", "the Cloudflare API token"),
    ("CLOUDFLARE_BASE_URL", "config `cloudflare.api`"),
    ("CLOUDFLARE_ACCOUNT_ID", "config `cloudflare.account_id`"),
    ("META_TUNNEL_ID", "config `cloudflare.tunnel_id`"),
    ("CLOUDSDK_CORE_PROJECT", "config `gcp.project`"),
    ("CLOUDSDK_COMPUTE_ZONE", "config `gcp.zone`"),
    ("META_GCP_ACCOUNT", "config `gcp.account`"),
    (
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
        "config `gcp.compute_api`",
    ),
    (
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_MONITORING",
        "config `gcp.monitoring_api`",
    ),
    (
        "GOOGLE_APPLICATION_CREDENTIALS",
        "a GCP service-account key file",
    ),
    ("GCE_METADATA_HOST", "the GCE metadata server"),
    ("META_SYSTEMCTL", "config `bin.systemctl`"),
    ("META_NGINX", "config `bin.nginx`"),
    ("META_CLOUDFLARED", "config `bin.cloudflared`"),
    ("META_GIT", "config `bin.git`"),
    ("NO_COLOR", "no colour on stderr"),
    ("XDG_DATA_HOME", "the default home folder"),
    ("HOME", "the default home folder"),
    ("PATH", "where binaries not configured are found"),
];

fn snapshot() -> &'static BTreeMap<&'static str, OsString> {
    static SNAPSHOT: OnceLock<BTreeMap<&'static str, OsString>> = OnceLock::new();
    SNAPSHOT.get_or_init(|| {
        ENVIRONMENT
            .iter()
            .filter_map(|(name, _)| std::env::var_os(name).map(|v| (*name, v)))
            .collect()
    })
}

/// The value of a listed environment variable; empty counts as unset.
pub fn var_os(name: &str) -> Option<OsString> {
    debug_assert!(
        ENVIRONMENT.iter().any(|(n, _)| *n == name),
        "`{name}` is not in settings::ENVIRONMENT"
    );
    snapshot().get(name).filter(|v| !v.is_empty()).cloned()
}

/// [`var_os`] as text (a value that is not UTF-8 counts as unset).
pub fn var(name: &str) -> Option<String> {
    var_os(name).and_then(|v| v.into_string().ok())
}

/// A variable the person named on the command line or in config.toml (`secret set
/// --from-env VAR`, `instructions.allow_env`): input, not a setting, so not on the list.
pub fn named_var_os(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// What every operation runs with: where the state and the host are, and how long to wait
/// for locks. Endpoints and binaries come from [`crate::core::config::Config`], which reads
/// its variables through this module.
#[derive(Debug, Clone)]
pub struct Settings {
    pub paths: Paths,
    /// `--root`: the prefix of every host path.
    pub root: Option<PathBuf>,
    pub lock_timeout: Duration,
    /// `CLOUDFLARE_API_TOKEN`, when set (else the token is the secret
    /// `meta/cloudflare/api_token`).
    pub cloudflare_token: Option<Credential>,
}

/// A credential taken from the environment: wiped when dropped, and never shown by `Debug`.
#[derive(Clone)]
pub struct Credential(Zeroizing<String>);

impl Credential {
    /// The credential, trimmed; `None` when it is empty.
    pub fn new(text: &str) -> Option<Credential> {
        let text = text.trim();
        (!text.is_empty()).then(|| Credential(Zeroizing::new(text.to_string())))
    }

    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// The credential as a bearer token, once [`check_token`] accepts it.
    pub fn token(&self, what: &str) -> Result<&str> {
        check_token(what, self.expose())?;
        Ok(self.expose())
    }
}

/// Refuses a token that cannot go in an `Authorization` header as it is: anything but
/// printable ASCII without spaces (a control byte, a space, a non-ASCII letter: a token
/// copied badly). The error names where the token came from, never its value, and is a
/// usage error (exit 2): nothing was sent, and only the person can fix it.
pub fn check_token(what: &str, token: &str) -> Result<()> {
    if !token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic()) {
        return Ok(());
    }
    let why = if token.is_empty() {
        "is empty"
    } else if token.bytes().any(|b| b.is_ascii_control()) {
        "holds a control character"
    } else if token.bytes().any(|b| b == b' ') {
        "holds a space"
    } else {
        "holds a character that is not ASCII"
    };
    Err(Error::usage(format!("the {what} {why}; it was not used"))
        .with_hint("a token is printable ASCII without spaces: copy it again and set it anew"))
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Credential(***)")
    }
}

impl Settings {
    /// Resolves the global flags (already merged with their variables by the parser) with
    /// the environment and the defaults.
    pub fn resolve(
        home: Option<PathBuf>,
        state: Option<PathBuf>,
        identity: Option<PathBuf>,
        root: Option<PathBuf>,
    ) -> Result<Settings> {
        Ok(Settings {
            paths: Paths::resolve(home, state, identity),
            root,
            lock_timeout: lock_timeout()?,
            cloudflare_token: var("CLOUDFLARE_API_TOKEN").and_then(|t| Credential::new(&t)),
        })
    }
}

/// How long to wait for another writer, from `META_LOCK_TIMEOUT` (seconds, fractions allowed).
pub fn lock_timeout() -> Result<Duration> {
    match var("META_LOCK_TIMEOUT") {
        None => Ok(DEFAULT_LOCK_TIMEOUT),
        Some(text) => text
            .trim()
            .trim_end_matches('s')
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 86_400.0)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| {
                Error::usage(format!(
                    "META_LOCK_TIMEOUT must be a number of seconds, not `{text}`"
                ))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::ENVIRONMENT;

    #[test]
    fn tokens_are_printable_ascii_and_never_echoed() {
        assert!(super::check_token("token", "abc-DEF_123.x~").is_ok());
        for bad in ["abc\u{1}def", "abc def", "abcé", ""] {
            let e = super::check_token("Cloudflare API token", bad).unwrap_err();
            assert_eq!(e.kind, crate::core::error::Kind::Usage);
            assert!(bad.is_empty() || !e.message.contains(bad), "{}", e.message);
        }
    }

    /// Every `std::env::var*` call in the crate lives in this file, and every variable the
    /// crate names in a `var("…")` call is on the list.
    #[test]
    fn the_environment_is_read_in_one_place_from_one_list() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![src];
        let mut offenders = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("settings.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    if line.contains("std::env::var") {
                        offenders.push(format!("{}:{}", path.display(), i + 1));
                    }
                    for quoted in line
                        .split("settings::var(\"")
                        .skip(1)
                        .chain(line.split("settings::var_os(\"").skip(1))
                    {
                        let name = quoted.split('"').next().unwrap_or_default();
                        if !ENVIRONMENT.iter().any(|(n, _)| *n == name) {
                            offenders.push(format!("{}:{} reads `{name}`", path.display(), i + 1));
                        }
                    }
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "environment read outside settings: {offenders:#?}"
        );
    }
}
