//! Managed blocks inside files that people also edit by hand: the lines between
//! `# BEGIN meta <name>` and `# END meta <name>` belong to `meta`; every byte outside them
//! is kept exactly as it was, line endings included.

use crate::core::error::{Error, Result};

/// Where a managed block sits in a text, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Start of the BEGIN marker line.
    pub start: usize,
    /// Just past the END marker line (past its line ending, if it has one).
    pub end: usize,
    /// The lines between the markers.
    pub body: std::ops::Range<usize>,
    /// The whitespace before the BEGIN marker, reused when the block is written again.
    pub indent: String,
}

fn begin_marker(name: &str) -> String {
    format!("# BEGIN meta {name}")
}
fn end_marker(name: &str) -> String {
    format!("# END meta {name}")
}

/// The line ending a text uses: CRLF when its first line ends so, else LF.
pub fn line_ending(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// Lines with their byte offsets; each line's slice includes its ending.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |line| {
        let at = offset;
        offset += line.len();
        (at, line)
    })
}

/// Finds the block named `name`. A BEGIN without its END, an END without its BEGIN, or a
/// second block of the same name is an error: the file was damaged by hand and guessing
/// would risk the hand-written parts.
pub fn find(text: &str, name: &str) -> Result<Option<Found>> {
    let (begin, end) = (begin_marker(name), end_marker(name));
    let mut open: Option<(usize, usize, String)> = None;
    let mut found: Option<Found> = None;
    for (at, line) in lines_with_offsets(text) {
        let trimmed = line.trim();
        if trimmed == begin {
            if open.is_some() || found.is_some() {
                return Err(damaged(name, "it has two BEGIN markers"));
            }
            let indent: String = line
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            open = Some((at, at + line.len(), indent));
        } else if trimmed == end {
            let Some((start, body_start, indent)) = open.take() else {
                return Err(damaged(name, "an END marker comes before its BEGIN"));
            };
            found = Some(Found {
                start,
                end: at + line.len(),
                body: body_start..at,
                indent,
            });
        }
    }
    if open.is_some() {
        return Err(damaged(name, "its BEGIN marker has no END"));
    }
    Ok(found)
}

fn damaged(name: &str, why: &str) -> Error {
    Error::conflict(format!("the managed block `{name}` is damaged: {why}"))
        .with_hint(format!("fix the `# BEGIN meta {name}` / `# END meta {name}` lines by hand; meta changes nothing until then"))
}

/// The block as text: markers at `indent`, `body` lines as given (each ending in `\n`, which
/// becomes the file's own line ending).
pub fn render(name: &str, body: &str, indent: &str, eol: &str, final_eol: bool) -> String {
    let mut out = String::new();
    out.push_str(indent);
    out.push_str(&begin_marker(name));
    out.push_str(eol);
    for line in body.lines() {
        out.push_str(line);
        out.push_str(eol);
    }
    out.push_str(indent);
    out.push_str(&end_marker(name));
    if final_eol {
        out.push_str(eol);
    }
    out
}

/// Puts `body` into the block named `name`: replaced in place when the block exists,
/// otherwise inserted at byte offset `insert_at` (which must be at a line start, or the end
/// of the text) with `indent`.
pub fn upsert(
    text: &str,
    name: &str,
    body: &str,
    insert_at: usize,
    indent: &str,
) -> Result<String> {
    let eol = line_ending(text);
    match find(text, name)? {
        Some(found) => {
            let had_eol = text[..found.end].ends_with('\n');
            let block = render(name, body, &found.indent, eol, had_eol);
            Ok([&text[..found.start], &block, &text[found.end..]].concat())
        }
        None => {
            let at = insert_at.min(text.len());
            let mut out = String::with_capacity(text.len() + body.len() + 64);
            out.push_str(&text[..at]);
            // A text whose last line has no ending gets one before the block, so the block
            // starts on a line of its own; that line is otherwise unchanged.
            if at > 0 && !text[..at].ends_with('\n') {
                out.push_str(eol);
            }
            out.push_str(&render(name, body, indent, eol, true));
            out.push_str(&text[at..]);
            Ok(out)
        }
    }
}

/// Appends or replaces the block at the end of the text.
pub fn upsert_at_end(text: &str, name: &str, body: &str) -> Result<String> {
    upsert(text, name, body, text.len(), "")
}

/// Takes the block out; the text around it stays as it was.
pub fn remove(text: &str, name: &str) -> Result<String> {
    Ok(match find(text, name)? {
        Some(found) => [&text[..found.start], &text[found.end..]].concat(),
        None => text.to_string(),
    })
}

/// The lines between the markers, if the block exists.
pub fn body<'t>(text: &'t str, name: &str) -> Result<Option<&'t str>> {
    Ok(find(text, name)?.map(|f| &text[f.body]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn inserts_then_replaces_in_place() {
        let text = "a\nb\n";
        let once = upsert_at_end(text, "x", "one\n").unwrap();
        assert_eq!(once, "a\nb\n# BEGIN meta x\none\n# END meta x\n");
        let twice = upsert_at_end(&once, "x", "two\nthree\n").unwrap();
        assert_eq!(twice, "a\nb\n# BEGIN meta x\ntwo\nthree\n# END meta x\n");
        assert_eq!(upsert_at_end(&twice, "x", "two\nthree\n").unwrap(), twice);
        assert_eq!(remove(&twice, "x").unwrap(), text);
    }

    #[test]
    fn keeps_crlf_and_indent() {
        let text =
            "ingress:\r\n  # BEGIN meta r\r\n  - old\r\n  # END meta r\r\n  - service: x\r\n";
        let out = upsert(text, "r", "  - new\n", 0, "").unwrap();
        assert_eq!(
            out,
            "ingress:\r\n  # BEGIN meta r\r\n  - new\r\n  # END meta r\r\n  - service: x\r\n"
        );
    }

    #[test]
    fn no_trailing_newline_is_kept_outside_and_inside() {
        let out = upsert_at_end("a", "x", "b\n").unwrap();
        assert_eq!(out, "a\n# BEGIN meta x\nb\n# END meta x\n");
        let text = "a\n# BEGIN meta x\nb\n# END meta x";
        assert_eq!(
            upsert_at_end(text, "x", "c\n").unwrap(),
            "a\n# BEGIN meta x\nc\n# END meta x"
        );
    }

    #[test]
    fn damaged_blocks_are_refused() {
        assert!(find("# BEGIN meta x\n", "x").is_err());
        assert!(find("# END meta x\n", "x").is_err());
        assert!(find(
            "# BEGIN meta x\n# END meta x\n# BEGIN meta x\n# END meta x\n",
            "x"
        )
        .is_err());
        assert!(find("# BEGIN meta y\n", "x").unwrap().is_none());
    }

    fn free_text() -> impl Strategy<Value = String> {
        // Arbitrary lines, CRLF or LF, that never form a marker of the block under test.
        prop::collection::vec(("[ -~\t]{0,30}", prop::bool::ANY), 0..12).prop_map(|lines| {
            lines
                .into_iter()
                .map(|(l, crlf)| {
                    format!(
                        "{}{}",
                        l.replace("meta t", "meta_t"),
                        if crlf { "\r\n" } else { "\n" }
                    )
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn bytes_outside_the_block_never_change(
            before in free_text(),
            after in free_text(),
            tail in "[ -~]{0,10}",
            first in "[a-z ]{0,20}\n{0,3}",
            second in "[a-z ]{0,20}\n{0,3}",
        ) {
            let after = after + &tail.replace("meta t", "meta_t");
            let text = format!("{before}{after}");
            let with_block = upsert(&text, "t", &first, before.len(), "  ").unwrap();
            let found = find(&with_block, "t").unwrap().unwrap();
            // `before` is whole lines, so the block starts right after it.
            prop_assert_eq!(&with_block[..found.start], before.as_str());
            prop_assert_eq!(&with_block[found.end..], &after);
            let replaced = upsert(&with_block, "t", &second, 0, "").unwrap();
            let found2 = find(&replaced, "t").unwrap().unwrap();
            prop_assert_eq!(&replaced[..found2.start], &with_block[..found.start]);
            prop_assert_eq!(&replaced[found2.end..], &with_block[found.end..]);
            prop_assert_eq!(upsert(&replaced, "t", &second, 0, "").unwrap(), replaced.clone());
            prop_assert_eq!(remove(&replaced, "t").unwrap(), [&with_block[..found.start], &with_block[found.end..]].concat());
        }
    }
}
