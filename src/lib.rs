//! `meta`: one tool for the services on your own Linux hosts. The binary is a thin shell
//! over this library: `cli` parses and prints, `ops` holds the operations every front end
//! calls, the domain modules decide, `core` touches disk, SQLite, processes and network.

pub mod api;
pub mod audit;
pub mod cli;
pub mod core;
pub mod dns;
pub mod init;
pub mod instructions;
pub mod ops;
pub mod port;
pub mod project;
pub mod secret;
pub mod tunnel;
pub mod vm;
