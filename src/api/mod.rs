//! Typed REST clients of the outside services `meta` drives. Nothing else in the crate
//! speaks HTTP to them.

pub mod cloudflare;
