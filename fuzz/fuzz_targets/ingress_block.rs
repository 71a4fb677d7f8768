//! The config.yml rewriter of `meta tunnel sync` on arbitrary input: it never panics, and
//! whenever it returns a new file, every byte outside the managed block is as it was.

#![no_main]

use libfuzzer_sys::fuzz_target;
use meta::tunnel::{outside_unchanged, rewrite, Rule};

fuzz_target!(|data: &[u8]| {
    // The first byte picks how many rules to write; the rest is the file.
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let rules: Vec<Rule> = (0..usize::from(pick % 4))
        .map(|i| Rule {
            hostname: format!("h{i}.example.com"),
            service: format!("http://localhost:{}", 3000 + i),
        })
        .collect();
    if let Ok(out) = rewrite(text, &rules) {
        assert!(outside_unchanged(text, &out), "bytes outside the block changed");
        // Writing the same rules again changes nothing.
        if let Ok(again) = rewrite(&out, &rules) {
            assert_eq!(again, out, "a second rewrite changed the file");
        }
    }
});
