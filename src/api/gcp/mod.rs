//! Typed REST calls to Google Cloud: Compute Engine (`compute`), Cloud Monitoring
//! (`monitoring`) and the credentials both use (`auth`). Paths, parameters and field names
//! are those of the APIs' discovery documents, so a recording server sees what the official
//! clients send. No decisions live here: the `vm` domain decides what to call.

pub mod auth;
pub mod compute;
pub mod monitoring;

use serde::Deserialize;

use crate::core::error::{Error, Kind};
use crate::core::http::Response;

/// Google's error envelope: `{"error": {"code", "message", "status", "errors": [...]}}`.
#[derive(Debug, Deserialize, Default)]
struct ErrorEnvelope {
    error: Option<ErrorBody>,
}

#[derive(Debug, Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    errors: Vec<ErrorItem>,
}

#[derive(Debug, Deserialize, Default)]
struct ErrorItem {
    #[serde(default)]
    reason: String,
}

/// A failed answer in the terms of the exit-code table, with Google's own message (which
/// for a 403 names the permission that is missing).
pub fn api_error(response: &Response, what: &str) -> Error {
    let body = serde_json::from_slice::<ErrorEnvelope>(&response.body)
        .ok()
        .and_then(|e| e.error)
        .unwrap_or_default();
    let reason = body
        .errors
        .first()
        .map(|e| e.reason.clone())
        .filter(|r| !r.is_empty())
        .unwrap_or(body.status);
    let mut message = format!("{what}: HTTP {}", response.status);
    if !reason.is_empty() {
        message.push_str(&format!(" {reason}"));
    }
    if !body.message.is_empty() {
        message.push_str(&format!(": {}", body.message));
    }
    if response.attempts > 1 {
        message.push_str(&format!(" (after {} attempts)", response.attempts));
    }
    let kind = match response.status {
        404 => Kind::NotFound,
        409 => Kind::Conflict,
        _ => Kind::Remote,
    };
    let err = Error::new(kind, message);
    match response.status {
        401 => err.with_hint("the access token was refused; check the credentials (`--account`, GOOGLE_APPLICATION_CREDENTIALS)"),
        403 => err.with_hint("grant the service account the permission named above, or check `--project`"),
        429 => err.with_hint("the API is rate-limiting this project; try again later"),
        _ => err,
    }
}
