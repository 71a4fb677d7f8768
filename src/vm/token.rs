//! The access token for a set of credentials: from the state file's cache while it has more
//! than five minutes to live, else fetched and cached (sealed with the data key, bound by
//! associated data to the identity, scopes and expiry) so cron runs do not fetch one each
//! time.

use std::path::Path;

use zeroize::Zeroizing;

use crate::api::gcp::auth::{fetch_token, Credentials};
use crate::core::crypto::load_data_key;
use crate::core::error::Result;
use crate::core::http::Client;
use crate::core::state::{State, TokenRow};

/// A cached token is used only while it has at least this much life left.
pub const MARGIN_SECONDS: i64 = 300;

pub struct Token {
    pub token: Zeroizing<String>,
    pub from_cache: bool,
    /// Why the cache could not be used or written, for a warning; the token is still good.
    pub cache_problem: Option<String>,
}

fn aad(identity: &str, scopes: &str, expires: i64) -> Vec<u8> {
    format!("gcp-token\0{identity}\0{scopes}\0{expires}").into_bytes()
}

/// The token for `creds` and `scopes`; `cache` is the state file and the identity that
/// opens its data key, when there is one (`meta init` was run).
pub fn access_token(
    http: &Client,
    creds: &Credentials,
    scopes: &[&str],
    cache: Option<(&mut State, &Path)>,
    now: i64,
) -> Result<Token> {
    let identity = creds.identity();
    let scope_key = scopes.join(" ");
    let Some((state, id_path)) = cache else {
        let fresh = fetch_token(http, creds, scopes, now)?;
        return Ok(Token {
            token: fresh.token,
            from_cache: false,
            cache_problem: None,
        });
    };
    let cached = state.read(|tx| {
        let Some(row) = tx.gcp_token_get(&identity, &scope_key)? else {
            return Ok(None);
        };
        if row.expires - MARGIN_SECONDS <= now {
            return Ok(None);
        }
        let (generation, key) = load_data_key(tx, id_path)?;
        if generation != row.generation {
            return Ok(None);
        }
        Ok(key
            .open(
                &aad(&identity, &scope_key, row.expires),
                &row.nonce,
                &row.ciphertext,
            )
            .and_then(|plain| String::from_utf8(plain.to_vec()).ok())
            .map(Zeroizing::new))
    });
    let mut problem = None;
    match cached {
        Ok(Some(token)) => {
            return Ok(Token {
                token,
                from_cache: true,
                cache_problem: None,
            })
        }
        Ok(None) => {}
        Err(e) => problem = Some(e.message),
    }
    let fresh = fetch_token(http, creds, scopes, now)?;
    if problem.is_none() {
        // A cache, not a change: no audit entry, and allowed while a plan is unfinished
        // (`meta recover` needs a token to undo its calls).
        let stored = state.write_unaudited(|tx| {
            let (generation, key) = load_data_key(tx, id_path)?;
            let (nonce, ciphertext) = key.seal(
                &aad(&identity, &scope_key, fresh.expires_at),
                fresh.token.as_bytes(),
            )?;
            let row = TokenRow {
                generation,
                nonce: nonce.to_vec(),
                ciphertext,
                expires: fresh.expires_at,
            };
            tx.gcp_token_put(&identity, &scope_key, &row, &crate::core::state::now())
        });
        if let Err(e) = stored {
            problem = Some(e.message);
        }
    }
    Ok(Token {
        token: fresh.token,
        from_cache: false,
        cache_problem: problem.map(|p| format!("the access token is not cached: {p}")),
    })
}

/// Forgets the cached token of `creds` (after the API refused it).
pub fn forget(state: &mut State, creds: &Credentials) -> Result<()> {
    let identity = creds.identity();
    // A cache, not a change: see `access_token`.
    state.write_unaudited(|tx| tx.gcp_token_delete(&identity).map(|_| ()))
}
