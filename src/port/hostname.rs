//! DNS host names as `meta` accepts them anywhere a name reaches DNS, a tunnel or an
//! nginx site: lowercase letters, digits and hyphens in dot-separated labels. It only
//! judges the text; whether a name is free is the caller's business.

use crate::core::error::{Error, Result};

const MAX_LABEL: usize = 63;
const MAX_NAME: usize = 253;

/// Checks `name` as a DNS host name: labels of `a-z`, `0-9` and `-` (not at either end),
/// 1 to 63 characters each, 253 in all, no trailing dot. A leading `*.` label is allowed
/// only with `allow_wildcard`. The name must have at least two labels besides the
/// wildcard: every caller hands it to public DNS or a tunnel's ingress, where a single
/// label (`localhost`, `com`) is a name nobody can reach or a whole top-level domain.
/// The error (exit 2) names the rule that was broken.
pub fn validate_hostname(name: &str, allow_wildcard: bool) -> Result<()> {
    check(name, allow_wildcard, false)?;
    let rest = name.strip_prefix("*.").unwrap_or(name);
    if !rest.contains('.') {
        return Err(Error::usage(format!(
            "`{}` is not a public hostname: it needs at least two labels",
            printable(name)
        ))
        .with_hint("give the full name under a zone you own, like `app.example.com`"));
    }
    Ok(())
}

/// Checks the name of a DNS record in a zone: a hostname that may also hold `_` labels
/// (`_acme-challenge.example.com`, `_dmarc.example.com`), written with or without the
/// trailing dot, with at least two labels.
pub fn validate_record_name(name: &str, allow_wildcard: bool) -> Result<()> {
    let bare = name.strip_suffix('.').unwrap_or(name);
    check(bare, allow_wildcard, true)?;
    if !bare.contains('.') {
        return Err(Error::usage(format!(
            "`{}` is not a valid record name: it needs at least two labels",
            printable(name)
        ))
        .with_hint("give the full name, like `app.example.com`"));
    }
    Ok(())
}

fn check(name: &str, allow_wildcard: bool, allow_underscore: bool) -> Result<()> {
    let bad = |rule: String| {
        Error::usage(format!(
            "`{}` is not a valid hostname: {rule}",
            printable(name)
        ))
    };
    if name.is_empty() {
        return Err(Error::usage("the hostname is empty"));
    }
    if name.len() > MAX_NAME {
        return Err(bad(format!(
            "it is {} characters long, more than the {MAX_NAME} DNS allows",
            name.len()
        )));
    }
    if name.ends_with('.') {
        return Err(bad("it ends with a dot".into()).with_hint(format!(
            "write it without the trailing dot: `{}`",
            printable(name.trim_end_matches('.'))
        )));
    }
    let mut labels = name.split('.');
    let mut rest = name;
    if name.starts_with("*.") || name == "*" {
        if !allow_wildcard {
            return Err(bad("wildcards are not allowed here".into())
                .with_hint("pass `--wildcard` if a wildcard name is what you mean"));
        }
        labels.next();
        rest = name.get(2..).unwrap_or("");
        if rest.is_empty() {
            return Err(bad("a wildcard needs a name after `*.`".into()));
        }
    }
    for label in labels {
        if label.is_empty() {
            return Err(bad(
                "it has an empty label (two dots in a row, or a leading dot)".into(),
            ));
        }
        if label.len() > MAX_LABEL {
            return Err(bad(format!(
                "the label `{}` is {} characters long, more than {MAX_LABEL}",
                printable(label),
                label.len()
            )));
        }
        if label.contains('*') {
            return Err(bad(
                "`*` may only stand alone as the first label (`*.example.com`)".into(),
            ));
        }
        if label.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(bad("it must be lowercase".into()).with_hint(format!(
                "write it as `{}`",
                printable(&name.to_ascii_lowercase())
            )));
        }
        if let Some(c) = label.chars().find(|c| {
            !(c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || *c == '-'
                || (allow_underscore && *c == '_'))
        }) {
            return Err(bad(format!(
                "`{}` is not allowed; labels hold only a-z, 0-9 and `-`",
                c.escape_default()
            )));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(bad(format!("the label `{label}` starts or ends with `-`")));
        }
    }
    if rest
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad(
            "the last label is all digits, so it reads as an address".into(),
        ));
    }
    Ok(())
}

/// The name as shown in a message: control characters escaped so a pasted newline cannot
/// break the one-line error.
fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_names() {
        for ok in ["example.com", "a.b.c", "web-1.example.org", "*.example.com"] {
            validate_hostname(ok, ok.starts_with('*'))
                .unwrap_or_else(|e| panic!("{ok}: {}", e.message));
        }
        for single in ["localhost", "com", "x", "*.com"] {
            let err = validate_hostname(single, true).expect_err(single);
            assert_eq!(err.kind.exit_code(), 2);
            assert!(err.message.contains("two labels"), "{}", err.message);
        }
        let longest_label = "a".repeat(63);
        validate_hostname(&format!("{longest_label}.com"), false).unwrap();
    }

    #[test]
    fn names_the_rule_broken() {
        let cases = [
            ("", "empty"),
            ("Example.com", "lowercase"),
            ("a..b", "empty label"),
            (".a.b", "empty label"),
            ("a.b.", "ends with a dot"),
            ("-a.com", "starts or ends with `-`"),
            ("a-.com", "starts or ends with `-`"),
            ("a_b.com", "not allowed"),
            ("a b.com", "not allowed"),
            ("a\nb.com", "not allowed"),
            ("a;b.com", "not allowed"),
            ("*.example.com", "wildcards are not allowed"),
            ("a.*.com", "may only stand alone"),
            ("10.0.0.1", "all digits"),
        ];
        for (name, rule) in cases {
            let err = validate_hostname(name, false).expect_err(name);
            assert_eq!(err.kind.exit_code(), 2);
            assert!(err.message.contains(rule), "{name}: {}", err.message);
            assert!(!err.message.contains('\n'));
        }
        let long_label = format!("{}.com", "a".repeat(64));
        assert!(validate_hostname(&long_label, false)
            .unwrap_err()
            .message
            .contains("more than 63"));
        let long_name = vec!["abcdefghi"; 26].join(".");
        assert!(long_name.len() > 253);
        assert!(validate_hostname(&long_name, false)
            .unwrap_err()
            .message
            .contains("253"));
    }

    #[test]
    fn wildcard_only_when_asked() {
        validate_hostname("*.example.com", true).unwrap();
        assert!(validate_hostname("*", true).is_err());
        assert!(validate_hostname("*.*.example.com", true).is_err());
        assert!(validate_hostname("*a.example.com", true).is_err());
    }
}
