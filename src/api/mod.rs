//! Typed REST clients of the remote APIs `meta` talks to, on the one HTTP client of
//! `core::http`. They send and parse; the domains decide.

pub mod gcp;
