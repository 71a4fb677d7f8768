//! What every domain stands on: errors, output, the state file, crypto, the host, the plan
//! engine and the config file.

pub mod config;
pub mod crypto;
pub mod error;
pub mod host;
pub mod http;
pub mod limits;
pub mod output;
pub mod paths;
pub mod plan;
pub mod settings;
pub mod state;

pub use error::{Error, Hint, Kind, Result};
