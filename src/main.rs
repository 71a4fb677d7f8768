use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match meta::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return meta::cli::parse_failure(&err),
    };
    let (printer, result) = meta::cli::run(cli);
    if let Err(err) = &result {
        meta::cli::report(&printer, err);
    }
    ExitCode::from(meta::cli::exit_code(&result))
}
