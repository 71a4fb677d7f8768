//! `meta completions SHELL`.

use clap::Args;
use clap_complete::Shell;

use super::{Ctx, Status};
use crate::core::error::Result;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(_ctx: &mut Ctx, args: CompletionsArgs) -> Result<Status> {
    crate::core::output::stdout_bytes(&super::docs::completion(args.shell))?;
    Ok(Status::Success)
}
