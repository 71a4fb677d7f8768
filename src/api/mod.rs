//! Typed REST clients of the remote APIs `meta` talks to. They send and parse; the domains
//! decide. Both go through the one HTTP client of `core::http` (timeouts, retries, budget).

pub mod cloudflare;
pub mod gcp;
