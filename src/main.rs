use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    no_core_dumps();
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

/// This process holds the data key and secret values in memory: a crash must not write
/// them to a core file, and no other process of the same user may read its memory
/// (ptrace, /proc/PID/mem). The core limit is inherited by what `secret exec` runs, which
/// holds the same values in its environment. Best effort: a refusal changes nothing else.
fn no_core_dumps() {
    let zero = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit reads one `rlimit` through the pointer, which outlives the call;
    // prctl(PR_SET_DUMPABLE, 0) takes plain integers and touches no memory of ours.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &zero);
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn start_up_turns_core_dumps_off() {
        super::no_core_dumps();
        let mut limit = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes one `rlimit` through the pointer, which outlives the
        // call; PR_GET_DUMPABLE takes and returns plain integers.
        let (got, dumpable) = unsafe {
            (
                libc::getrlimit(libc::RLIMIT_CORE, &mut limit),
                libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0),
            )
        };
        assert_eq!(got, 0);
        assert_eq!((limit.rlim_cur, limit.rlim_max), (0, 0));
        assert_eq!(dumpable, 0);
    }
}
