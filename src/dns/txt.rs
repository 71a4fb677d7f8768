//! TXT content in the form Cloudflare wants and keeps: RFC 1035 "character strings", each
//! in double quotes with `"` and `\` escaped, at most 255 bytes each, separated by one
//! space. Cloudflare may quote unquoted content and splits a longer string itself; sending
//! the normal form, and comparing on it, keeps such a rewrite from reading as an outside
//! edit. Pure text: no I/O.

/// The most bytes one character string holds (RFC 1035 §3.3).
pub const MAX_STRING: usize = 255;

/// `text` in normal form. Content that already parses as quoted character strings keeps
/// its strings (re-escaped, and split where longer than 255 bytes); anything else is one
/// value, quoted and split. Normalising twice changes nothing.
pub fn normal(text: &str) -> String {
    let strings = parse(text).unwrap_or_else(|| vec![text.to_string()]);
    strings
        .iter()
        .flat_map(|s| chunks(s))
        .map(|s| quote(&s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the record says: its character strings joined, quotes and escapes gone (what a
/// resolver's client reads). `None` when `text` is not quoted character strings.
pub fn value(text: &str) -> Option<String> {
    parse(text).map(|s| s.concat())
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// `s` cut into pieces of at most 255 bytes, never inside a character.
fn chunks(s: &str) -> Vec<String> {
    if s.is_empty() {
        return vec![String::new()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for c in s.chars() {
        if current.len() + c.len_utf8() > MAX_STRING {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    out.push(current);
    out
}

/// Quoted character strings separated by white space, unescaped; `None` for anything else
/// (no leading quote, an unterminated string, text between strings).
fn parse(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    if !text.starts_with('"') {
        return None;
    }
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Some(out),
            Some('"') => {}
            Some(_) => return None,
        }
        let mut s = String::new();
        loop {
            match chars.next()? {
                '"' => break,
                '\\' => {
                    let c = chars.next()?;
                    if c.is_ascii_digit() {
                        // `\DDD`: a byte in decimal.
                        let d2 = chars.next().filter(char::is_ascii_digit)?;
                        let d3 = chars.next().filter(char::is_ascii_digit)?;
                        let n: u32 = [c, d2, d3].iter().collect::<String>().parse().ok()?;
                        s.push(char::from_u32(n).filter(|_| n < 128)?);
                    } else {
                        s.push(c);
                    }
                }
                c => s.push(c),
            }
        }
        out.push(s);
        if chars.peek().is_some_and(|c| !c.is_whitespace()) {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_quoted_and_escaped() {
        assert_eq!(normal("v=spf1 -all"), r#""v=spf1 -all""#);
        assert_eq!(normal(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(normal(r#""unterminated"#), r#""\"unterminated""#);
    }

    #[test]
    fn quoted_strings_are_kept_and_normalising_is_idempotent() {
        assert_eq!(normal(r#""a"   "b c""#), r#""a" "b c""#);
        assert_eq!(normal(r#""x\"y""#), r#""x\"y""#);
        assert_eq!(normal(r#""\065""#), r#""A""#);
        for t in [
            "v=spf1 -all",
            r#"a "b" \c"#,
            &"k".repeat(600),
            "é".repeat(200).as_str(),
        ] {
            let once = normal(t);
            assert_eq!(normal(&once), once, "{t}");
            assert_eq!(value(&once).unwrap(), t);
        }
    }

    #[test]
    fn long_values_are_split_at_255_bytes_on_character_boundaries() {
        let long = "a".repeat(600);
        let n = normal(&long);
        let strings = parse(&n).unwrap();
        assert_eq!(
            strings.iter().map(String::len).collect::<Vec<_>>(),
            [255, 255, 90]
        );
        let wide = "é".repeat(200); // 400 bytes
        let strings = parse(&normal(&wide)).unwrap();
        assert!(strings.iter().all(|s| s.len() <= MAX_STRING));
        assert_eq!(strings.concat(), wide);
    }
}
