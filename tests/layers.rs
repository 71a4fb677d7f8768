//! The layers keep to their side: the shell front end (`src/cli`) parses, calls an
//! operation and renders, so a second front end can stand on the same operations; an
//! operation (`src/ops`) never prints.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Every line of the files under `dir` that holds one of `needles`.
fn offenders(dir: &str, needles: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    for path in sources(&root) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for needle in needles {
                if line.contains(needle) {
                    found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_shell_front_end_makes_no_network_call_runs_no_sql_and_reads_no_environment() {
    let found = offenders(
        "src/cli",
        &[
            "rusqlite",
            "crate::api",
            "core::http",
            "ureq",
            "std::env::var",
            "settings::var",
            "settings::named_var",
            ".state()",
            "state_if_present(",
            "Tx<",
            ".write(|",
            ".read(|",
        ],
    );
    assert!(
        found.is_empty(),
        "domain work in src/cli:\n{}",
        found.join("\n")
    );
}

#[test]
fn operations_never_print() {
    let found = offenders(
        "src/ops",
        &[
            "println!",
            "eprintln!",
            "print!(",
            "Printer",
            "stdout()",
            "stderr()",
        ],
    );
    assert!(
        found.is_empty(),
        "printing in src/ops:\n{}",
        found.join("\n")
    );
}
