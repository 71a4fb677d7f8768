//! Adopting hand edits: the lines someone added to a generated file (compared with the
//! body `meta` last wrote there, or with a fresh build when that is unknown) become the
//! project layer `.claude-specific/90-adopted.md`, so the next build keeps them.
//! Lines removed by hand from shared text cannot become a layer; they are counted so the
//! caller can say they were dropped.

use similar::{ChangeTag, TextDiff};

use super::header::MARKER_PREFIX;

pub const ADOPTED_FILE: &str = "90-adopted.md";

#[derive(Debug, Default, PartialEq, Eq)]
pub struct HandEdits {
    /// The added lines, hunks separated by a blank line, `{{` escaped for the template.
    pub added: String,
    pub added_lines: usize,
    pub removed_lines: usize,
}

pub fn hand_edits(generated: &str, actual: &str) -> HandEdits {
    let diff = TextDiff::from_lines(generated, actual);
    let mut edits = HandEdits::default();
    let mut hunk: Vec<&str> = Vec::new();
    let mut hunks: Vec<String> = Vec::new();
    let flush = |hunk: &mut Vec<&str>, hunks: &mut Vec<String>| {
        if hunk.iter().any(|l| !l.trim().is_empty()) {
            let mut text: String = hunk.concat();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            hunks.push(text.trim_matches('\n').to_string() + "\n");
        }
        hunk.clear();
    };
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Insert => {
                let line = change.value();
                // Our own markers, moved about by hand, are not content to keep.
                if line.starts_with(MARKER_PREFIX) && line.trim_end().ends_with("-->") {
                    continue;
                }
                if !line.trim().is_empty() {
                    edits.added_lines += 1;
                }
                hunk.push(line);
            }
            ChangeTag::Delete => {
                if !change.value().trim().is_empty() {
                    edits.removed_lines += 1;
                }
            }
            ChangeTag::Equal => flush(&mut hunk, &mut hunks),
        }
    }
    flush(&mut hunk, &mut hunks);
    edits.added = hunks.join("\n").replace("{{", "{{{{");
    edits
}

/// The adopted layer after adding `added` to what it held before.
pub fn merge(existing: Option<&str>, added: &str) -> String {
    match existing {
        None | Some("") => added.to_string(),
        Some(old) => {
            let mut out = old.to_string();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push('\n');
            out.push_str(added);
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_added_lines_counts_removed_ones() {
        let generated = "<!-- source: core/a.md -->\nshared one\nshared two\n";
        let actual =
            "<!-- source: core/a.md -->\nshared one\nmine {{x}}\nshared two\n\nmore mine\n";
        let e = hand_edits(generated, actual);
        assert_eq!(e.added, "mine {{{{x}}\n\nmore mine\n");
        assert_eq!((e.added_lines, e.removed_lines), (2, 0));
        let e = hand_edits(generated, "<!-- source: core/a.md -->\nshared one\n");
        assert_eq!(e.added, "");
        assert_eq!(e.removed_lines, 1);
    }

    #[test]
    fn merge_appends_after_a_blank_line() {
        assert_eq!(merge(None, "a\n"), "a\n");
        assert_eq!(merge(Some("old"), "a\n"), "old\n\na\n");
    }
}
