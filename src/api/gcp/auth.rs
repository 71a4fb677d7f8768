//! Google credentials and access tokens: a service-account key (from any source, as the
//! key JSON bytes) signed into an RS256 JWT and exchanged at the key's `token_uri`, as
//! google-auth does it; or the metadata server of a GCE instance. Caching the token is the
//! caller's business; this module only fetches one.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::RsaPrivateKey;
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::core::error::{Error, RemoteDetail, Result};
use crate::core::http::{Client, Request};

/// The one scope `meta` asks for: Compute Engine and Cloud Monitoring both accept it, so a
/// single cached token serves every command.
pub const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";

/// google-auth puts this in `aud` whatever the key's `token_uri` says.
pub const DEFAULT_TOKEN_URI: &str = "https://oauth2.googleapis.com/token";

pub const DEFAULT_METADATA_HOST: &str = "metadata.google.internal";

const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/// A service-account key: who it is and the private half that proves it.
pub struct ServiceAccountKey {
    pub client_email: String,
    pub private_key_id: String,
    pub project_id: Option<String>,
    pub token_uri: String,
    key: RsaPrivateKey,
}

impl std::fmt::Debug for ServiceAccountKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceAccountKey")
            .field("client_email", &self.client_email)
            .field("private_key_id", &self.private_key_id)
            .finish_non_exhaustive()
    }
}

fn malformed(what: impl std::fmt::Display) -> Error {
    Error::usage(format!("malformed service-account key: {what}")).with_hint(
        "use the JSON key file the Cloud console or `gcloud iam service-accounts keys create` wrote",
    )
}

impl ServiceAccountKey {
    /// Reads a key JSON. A malformed key is a usage error naming the field at fault.
    pub fn from_json(bytes: &[u8]) -> Result<ServiceAccountKey> {
        let doc: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| malformed("it is not JSON"))?;
        let obj = doc
            .as_object()
            .ok_or_else(|| malformed("it is not a JSON object"))?;
        let field = |name: &str| -> Result<String> {
            match obj.get(name) {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
                Some(serde_json::Value::String(_)) => {
                    Err(malformed(format!("field `{name}` is empty")))
                }
                Some(_) => Err(malformed(format!("field `{name}` is not a string"))),
                None => Err(malformed(format!("field `{name}` is missing"))),
            }
        };
        let kind = field("type")?;
        if kind != "service_account" {
            return Err(malformed(format!(
                "field `type` is `{kind}`, not `service_account`"
            )));
        }
        let pem = Zeroizing::new(field("private_key")?);
        let key = RsaPrivateKey::from_pkcs8_pem(&pem)
            .or_else(|_| RsaPrivateKey::from_pkcs1_pem(&pem))
            .map_err(|_| malformed("field `private_key` is not an RSA private key in PEM form"))?;
        let token_uri = match obj.get("token_uri") {
            None => DEFAULT_TOKEN_URI.to_string(),
            Some(_) => field("token_uri")?,
        };
        if !(token_uri.starts_with("https://") || token_uri.starts_with("http://")) {
            return Err(malformed("field `token_uri` is not an http(s) URL"));
        }
        Ok(ServiceAccountKey {
            client_email: field("client_email")?,
            private_key_id: field("private_key_id")?,
            project_id: field("project_id").ok(),
            token_uri,
            key,
        })
    }

    /// The signed JWT asserting this account for `scopes`, issued at `now` (Unix seconds).
    pub fn assertion(&self, scopes: &[&str], now: i64) -> Result<String> {
        use rsa::signature::{SignatureEncoding, Signer};
        let header = serde_json::json!({"typ": "JWT", "alg": "RS256", "kid": self.private_key_id});
        let claims = serde_json::json!({
            "iss": self.client_email,
            "scope": scopes.join(" "),
            "aud": DEFAULT_TOKEN_URI,
            "iat": now,
            "exp": now + 3600,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let signer = rsa::pkcs1v15::SigningKey::<rsa::sha2::Sha256>::new(self.key.clone());
        let signature = signer
            .try_sign(signing_input.as_bytes())
            .map_err(|_| Error::failure("cannot sign the token request with the key"))?;
        Ok(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes())
        ))
    }
}

/// Where the access token comes from.
#[derive(Debug)]
pub enum Credentials {
    ServiceAccount {
        key: Box<ServiceAccountKey>,
        /// Where the key was read from, for messages (`--account web`, a file path).
        source: String,
    },
    Metadata {
        host: String,
    },
}

impl Credentials {
    /// A stable name for the cache: which account, which key. Never secret.
    pub fn identity(&self) -> String {
        match self {
            Credentials::ServiceAccount { key, .. } => {
                format!("sa:{}:{}", key.client_email, key.private_key_id)
            }
            Credentials::Metadata { host } => format!("metadata:{host}"),
        }
    }

    pub fn project_id(&self) -> Option<&str> {
        match self {
            Credentials::ServiceAccount { key, .. } => key.project_id.as_deref(),
            Credentials::Metadata { .. } => None,
        }
    }
}

/// A bearer token and when it stops working (Unix seconds).
pub struct AccessToken {
    pub token: Zeroizing<String>,
    pub expires_at: i64,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    expires_in: i64,
}

#[derive(Deserialize)]
struct TokenError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

/// Fetches a fresh access token for `scopes`.
pub fn fetch_token(
    http: &Client,
    creds: &Credentials,
    scopes: &[&str],
    now: i64,
) -> Result<AccessToken> {
    let (response, who) = match creds {
        Credentials::ServiceAccount { key, source } => {
            let assertion = Zeroizing::new(key.assertion(scopes, now)?);
            let req = Request::post(&key.token_uri).form(vec![
                ("grant_type".into(), JWT_BEARER.into()),
                ("assertion".into(), assertion.to_string()),
            ]);
            (
                http.send(&req)?,
                format!("service account `{}` ({source})", key.client_email),
            )
        }
        Credentials::Metadata { host } => {
            let url =
                format!("http://{host}/computeMetadata/v1/instance/service-accounts/default/token");
            let req = Request::get(url).header("Metadata-Flavor", "Google");
            (http.send(&req)?, format!("the metadata server at `{host}`"))
        }
    };
    if response.is_success() {
        let answer: TokenAnswer = response.json("the token endpoint")?;
        // An answer that is not a usable bearer token is the endpoint's fault (exit 5); it
        // is named, never shown.
        crate::core::settings::check_token(&format!("access token of {who}"), &answer.access_token)
            .map_err(|e| {
                Error::remote(e.message)
                    .with_hint("the token endpoint answered with something that is not a bearer token; check the credential settings (`meta config list`)")
                    .with_remote(RemoteDetail::status(response.status))
            })?;
        return Ok(AccessToken {
            token: Zeroizing::new(answer.access_token),
            expires_at: now + answer.expires_in,
        });
    }
    Err(token_error(response.status, &response.body, &who))
}

/// A refusal of the token endpoint (RFC 6749 §5.2: `error`, `error_description`).
fn token_error(status: u16, body: &[u8], who: &str) -> Error {
    let Some(e) = serde_json::from_slice::<TokenError>(body).ok() else {
        return Error::remote(format!("the token endpoint answered {status} for {who}"))
            .with_remote(RemoteDetail::status(status));
    };
    let detail = RemoteDetail {
        status: Some(status),
        code: Some(e.error.clone()),
        message: e.error_description.clone(),
    };
    let described = e
        .error_description
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    let err = Error::remote(format!(
        "the token endpoint refused {who}: {}{described}",
        e.error
    ));
    let err = if e.error == "invalid_grant" {
        err.with_hint(
            "check this host's clock (the signed request is only valid near Google's time), and that the key was not deleted or disabled",
        )
    } else {
        err
    };
    err.with_remote(detail)
}

/// Is a metadata server answering at `host`? A quick probe, no retries: off GCE the name
/// does not resolve or nothing listens, and the person should hear so at once.
pub fn metadata_available(http: &Client, host: &str) -> bool {
    let req = Request::get(format!("http://{host}/computeMetadata/v1/"))
        .header("Metadata-Flavor", "Google")
        .timeout(std::time::Duration::from_secs(3))
        .no_retry();
    matches!(http.send(&req), Ok(r) if r.is_success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_keys_name_the_field() {
        let err = ServiceAccountKey::from_json(b"{").unwrap_err();
        assert!(err.message.contains("not JSON"));
        let err = ServiceAccountKey::from_json(br#"{"type":"authorized_user"}"#).unwrap_err();
        assert!(err.message.contains("field `type`"), "{}", err.message);
        let err = ServiceAccountKey::from_json(br#"{"type":"service_account","private_key":"x"}"#)
            .unwrap_err();
        assert!(
            err.message.contains("field `private_key`"),
            "{}",
            err.message
        );
        let err = ServiceAccountKey::from_json(br#"{"type":"service_account"}"#).unwrap_err();
        assert!(
            err.message.contains("`private_key` is missing"),
            "{}",
            err.message
        );
        assert_eq!(err.kind, crate::core::Kind::Usage);
    }

    #[test]
    fn token_refusals_keep_the_oauth_error_code() {
        let body = br#"{"error": "invalid_grant", "error_description": "Invalid JWT Signature."}"#;
        let err = token_error(400, body, "service account `a@b`");
        assert_eq!(
            err.message,
            "the token endpoint refused service account `a@b`: invalid_grant (Invalid JWT Signature.)"
        );
        assert_eq!(err.status(), Some(400));
        assert_eq!(err.api_code(), Some("invalid_grant"));
        assert!(err.hint.unwrap().contains("clock"));
        let err = token_error(503, b"<html>", "x");
        assert_eq!((err.status(), err.api_code()), (Some(503), None));
    }
}
