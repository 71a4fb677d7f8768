//! Secret key paths: `meta/cloudflare/api_token`, `project/consilio/database_url`. Checked
//! before anything is stored or looked up, so a path is always safe to show, to use as
//! associated data and to turn into a variable name.

use crate::core::error::{Error, Result};

pub const MAX_PATH_BYTES: usize = 256;

const RULE_HINT: &str =
    "paths are lowercase segments of a-z, 0-9, `.`, `_` and `-` joined by `/`, such as `project/web/database_url`";

/// Checks a full secret path.
pub fn check(path: &str) -> Result<()> {
    check_inner(path, "secret path")
}

/// Checks a prefix (a path or the start of one). An empty prefix means every secret; a
/// trailing `/` is allowed and dropped.
pub fn prefix(text: &str) -> Result<String> {
    let trimmed = text.strip_suffix('/').unwrap_or(text);
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    check_inner(trimmed, "prefix")?;
    Ok(trimmed.to_string())
}

fn check_inner(path: &str, what: &str) -> Result<()> {
    let bad = |why: String| {
        Error::usage(format!("{what} `{}` is not valid: {why}", shown(path))).with_hint(RULE_HINT)
    };
    if path.is_empty() {
        return Err(Error::usage(format!("{what} is empty")).with_hint(RULE_HINT));
    }
    if path.len() > MAX_PATH_BYTES {
        return Err(bad(format!(
            "it is {} bytes long, more than {MAX_PATH_BYTES}",
            path.len()
        )));
    }
    for segment in path.split('/') {
        if segment.is_empty() {
            return Err(bad("it has an empty segment".into()));
        }
        if segment == "." || segment == ".." {
            return Err(bad(format!("`{segment}` is not allowed as a segment")));
        }
        if let Some(c) = segment
            .chars()
            .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '.' | '_' | '-'))
        {
            let why = if c.is_ascii_uppercase() {
                format!("`{c}` is uppercase; paths are lowercase")
            } else {
                format!("`{}` is not allowed in a segment", c.escape_default())
            };
            return Err(bad(why));
        }
    }
    Ok(())
}

/// The path as it may appear in a message: long or odd input is cut and escaped, so an
/// error line stays one line.
fn shown(path: &str) -> String {
    let cut: String = path.chars().take(80).collect();
    let mut out = cut.escape_default().to_string();
    if cut.len() < path.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_good_paths() {
        for p in ["a", "meta/cloudflare/api_token", "x.y/z-1/_", "a/...b", "0"] {
            check(p).unwrap();
        }
        check(&"a".repeat(256)).unwrap();
    }

    #[test]
    fn refuses_bad_paths_naming_the_rule() {
        let cases = [
            ("", "empty"),
            ("a//b", "empty segment"),
            ("/a", "empty segment"),
            ("a/", "empty segment"),
            ("a/../b", "`..`"),
            ("./a", "`.`"),
            ("A/b", "uppercase"),
            ("a b", "not allowed"),
            ("a\nb", "not allowed"),
            ("é", "not allowed"),
        ];
        for (p, why) in cases {
            let e = check(p).unwrap_err();
            assert_eq!(e.kind, crate::core::Kind::Usage);
            assert!(e.message.contains(why), "{p:?}: {}", e.message);
            assert!(!e.message.contains('\n'));
        }
        let e = check(&"a".repeat(257)).unwrap_err();
        assert!(e.message.contains("more than 256"));
    }

    #[test]
    fn prefix_drops_one_trailing_slash() {
        assert_eq!(prefix("project/web/").unwrap(), "project/web");
        assert_eq!(prefix("").unwrap(), "");
        assert!(prefix("a//").is_err());
    }
}
