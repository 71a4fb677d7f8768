use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match meta::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version on stdout with exit 0, usage errors with exit 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let (printer, result) = meta::cli::run(cli);
    if let Err(err) = &result {
        meta::cli::report(&printer, err);
    }
    ExitCode::from(meta::cli::exit_code(&result))
}
