//! Typed REST clients of the remote APIs `meta` talks to. They send and parse; the domains
//! decide. `gcp` is on the one HTTP client of `core::http`; `cloudflare` still has its own
//! retry loop behind `Client::send`, the one function to move onto `core::http`.

pub mod cloudflare;
pub mod gcp;
