//! `completions/` and `man/` are generated from the parser and committed. This test fails
//! when they drift from it; `scripts/gen-docs` rewrites them (it runs this test with
//! META_UPDATE_DOCS=1).

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn completions_and_man_pages_are_fresh() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = meta::cli::docs::generated_files();
    let update = std::env::var_os("META_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (rel, bytes) in &files {
        let path = repo.join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(rel.clone());
            }
        }
    }
    // A page for a command that no longer exists is stale too.
    let wanted: BTreeSet<&str> = files.iter().map(|(rel, _)| rel.as_str()).collect();
    for folder in ["completions", "man"] {
        for entry in std::fs::read_dir(repo.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            let rel = format!("{folder}/{}", entry.file_name().to_string_lossy());
            if !wanted.contains(rel.as_str()) {
                if update {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(rel);
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}\nrun `scripts/gen-docs` and commit the result"
    );
}

#[test]
fn the_man_page_carries_the_exit_codes() {
    let pages = meta::cli::docs::man_pages();
    let (_, root) = pages.iter().find(|(name, _)| name == "meta.1").unwrap();
    let text = String::from_utf8_lossy(root);
    assert!(text.contains("Exit codes"), "{text}");
    assert!(pages.iter().any(|(name, _)| name == "meta-project-add.1"));
}
