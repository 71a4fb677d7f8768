//! Where `meta vm` gets its credentials, project, zone and endpoints, and its access
//! token: `--account NAME` (the key stored as secret `meta/gcloud/NAME_key`), else
//! `GOOGLE_APPLICATION_CREDENTIALS`, else the GCE metadata server; the token from the
//! state file's cache while it lives (see `vm::token`).

use std::path::PathBuf;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{Gcp, Scope};
use crate::api::gcp::auth::{self, Credentials, ServiceAccountKey, CLOUD_PLATFORM};
use crate::core::error::{Error, Hint, Kind, Result};
use crate::core::http::Client;
use crate::ops::Session;
use crate::vm::{self, Endpoints, Target};

fn env_nonempty(name: &str) -> Option<String> {
    crate::core::settings::var(name).filter(|v| !v.trim().is_empty())
}

/// The key JSON of `--account NAME`: the secret `meta/gcloud/NAME_key`.
fn account_key(session: &mut Session, name: &str) -> Result<Zeroizing<Vec<u8>>> {
    let identity = session.settings.paths.identity.clone();
    let path = format!("meta/gcloud/{name}_key");
    crate::secret::value(session.state()?, &identity, &path).map_err(|e| {
        if e.kind == Kind::NotFound {
            Error::not_found(format!("no service-account key for account `{name}` (secret `{path}`)")).with_hint(format!(
                "store the key JSON with `meta secret set {path} --from-file KEY.json`, or set GOOGLE_APPLICATION_CREDENTIALS"
            ))
        } else {
            e
        }
    })
}

/// The credentials of `scope`, in the order of the module header.
pub fn credentials(session: &mut Session, scope: &Scope, http: &Client) -> Result<Credentials> {
    let account = match &scope.account {
        Some(a) => Some(a.clone()),
        None => session.config()?.get("gcp.account")?,
    };
    if let Some(name) = account {
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        if !valid {
            return Err(
                Error::usage(format!("`{name}` is not a valid account name"))
                    .with_hint("lowercase letters, digits, `.`, `_` and `-`"),
            );
        }
        let bytes = account_key(session, &name)?;
        let key = ServiceAccountKey::from_json(&bytes).context(format!("account `{name}`"))?;
        return Ok(Credentials::ServiceAccount {
            key: Box::new(key),
            source: format!("account `{name}`"),
        });
    }
    if let Some(path) = env_nonempty("GOOGLE_APPLICATION_CREDENTIALS") {
        let path = PathBuf::from(path);
        let bytes = Zeroizing::new(std::fs::read(&path).map_err(|e| {
            Error::io("read the key file", &path, e).with_hint(
                "GOOGLE_APPLICATION_CREDENTIALS names a service-account key file that is not there",
            )
        })?);
        let key = ServiceAccountKey::from_json(&bytes).context(format!("`{}`", path.display()))?;
        return Ok(Credentials::ServiceAccount {
            key: Box::new(key),
            source: path.display().to_string(),
        });
    }
    let host =
        env_nonempty("GCE_METADATA_HOST").unwrap_or_else(|| auth::DEFAULT_METADATA_HOST.into());
    if auth::metadata_available(http, &host) {
        return Ok(Credentials::Metadata { host });
    }
    Err(Error::usage("no GCP credentials: no `--account`, no GOOGLE_APPLICATION_CREDENTIALS, and no metadata server answered")
        .with_hint("pass `--account NAME` (key stored as secret meta/gcloud/NAME_key) or set GOOGLE_APPLICATION_CREDENTIALS to a key file"))
}

fn endpoint(session: &mut Session, key: &str) -> Result<String> {
    let url = session
        .config()?
        .get(key)?
        .ok_or_else(|| Error::usage(format!("`{key}` is empty")))?;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(Error::usage(format!(
            "`{key}` must be an http(s) URL, not `{url}`"
        )));
    }
    Ok(url)
}

/// Project and zone as `scope` names them, else as config does; each `None` when unset.
fn scoped_place(session: &mut Session, scope: &Scope) -> Result<(Option<String>, Option<String>)> {
    let project = match &scope.project {
        Some(p) => Some(p.clone()),
        None => session.config()?.get("gcp.project")?,
    };
    let zone = match &scope.zone {
        Some(z) => Some(z.clone()),
        None => session.config()?.get("gcp.zone")?,
    };
    Ok((project, zone))
}

/// Project and zone from `scope` and config, without credentials (for `autoscale
/// history`, which reads only the state file); `None` when either is unset.
pub fn configured_target(session: &mut Session, scope: &Scope) -> Result<Option<Target>> {
    let (project, zone) = scoped_place(session, scope)?;
    Ok(project
        .zip(zone)
        .map(|(project, zone)| Target { project, zone }))
}

/// Resolves credentials, project, zone and endpoints, gets the access token (cached in the
/// state file when there is one), and connects.
pub fn connect(session: &mut Session, scope: &Scope) -> Result<Gcp> {
    connect_for(session, scope, true)
}

/// [`connect`]; with `need_target` false, a project or zone that is not set is left empty
/// (for recovery, whose calls name their own).
fn connect_for(session: &mut Session, scope: &Scope, need_target: bool) -> Result<Gcp> {
    let http = Client::standard();
    let creds = credentials(session, scope, &http)?;
    let (project, zone) = scoped_place(session, scope)?;
    let project = project
        .or_else(|| creds.project_id().map(str::to_string))
        .or_else(|| (!need_target).then(String::new))
        .ok_or_else(|| {
            Error::usage("no GCP project: pass `--project`").with_hint(
                "or set it once with `meta config set gcp.project PROJECT` (or CLOUDSDK_CORE_PROJECT)",
            )
        })?;
    let zone = zone
        .or_else(|| (!need_target).then(String::new))
        .ok_or_else(|| {
            Error::usage("no Compute Engine zone: pass `--zone`").with_hint(
                "or set it once with `meta config set gcp.zone ZONE` (or CLOUDSDK_COMPUTE_ZONE)",
            )
        })?;
    if need_target {
        vm::check_token("project id", &project)?;
        vm::check_token("zone", &zone)?;
    }
    let endpoints = Endpoints {
        compute: endpoint(session, "gcp.compute_api")?,
        monitoring: endpoint(session, "gcp.monitoring_api")?,
    };
    let identity = session.settings.paths.identity.clone();
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let cache = session.state_if_present().map(|s| (s, identity.as_path()));
    let token = vm::token::access_token(&http, &creds, &[CLOUD_PLATFORM], cache, now)?;
    crate::core::output::debug(if token.from_cache {
        "access token from the cache"
    } else {
        "fetched a new access token"
    });
    let target = Target { project, zone };
    Ok(Gcp {
        vm: vm::Session::new(http, endpoints, target, token.token),
        creds,
        cached: token.from_cache,
        warnings: token.cache_problem.into_iter().collect(),
    })
}

/// The `gcp` API for `meta recover`: the configured account, project and zone. Each call
/// names its own project and zone.
pub fn connect_remote(session: &mut Session) -> Result<Box<dyn crate::core::plan::RemoteApi>> {
    Ok(Box::new(connect_for(session, &Scope::default(), false)?))
}
