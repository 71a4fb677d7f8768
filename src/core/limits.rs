//! Bounds for text from outside that `meta` hands to a parser (the cloudflared config, the
//! config file): a size cap and a nesting depth, checked in one cheap pass before parsing.
//! The YAML parser takes time growing with the square of the nesting of `[`/`{` (a 100 KB
//! line of `[` runs for minutes), and deep nesting in any parser costs stack; no real
//! config nests more than a handful of levels, so a file past these bounds is refused
//! instead of parsed. The pre-scan is deliberately loose (it may count a bracket a parser
//! would read as text) but never misses a level the parser would open.

/// Deeper than any config `meta` reads (cloudflared's nests four or five levels) and far
/// below where nesting costs real time or stack.
pub const MAX_DEPTH: usize = 64;

/// Refuses text longer than `max_bytes`, with the reason to show.
pub fn check_size(len: u64, max_bytes: u64) -> std::result::Result<(), String> {
    if len > max_bytes {
        return Err(format!(
            "it is {} bytes, more than the {} meta reads",
            len,
            human(max_bytes)
        ));
    }
    Ok(())
}

fn human(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

fn too_deep(line: usize) -> String {
    format!("it nests more than {MAX_DEPTH} levels deep (at line {line})")
}

/// Checks the nesting depth of YAML text: block levels by indentation (and `- - -` chains)
/// plus flow levels of `[` and `{` outside quotes, comments and block scalars.
pub fn check_yaml_depth(text: &str) -> std::result::Result<(), String> {
    let mut flow = 0usize;
    let mut indents: Vec<usize> = Vec::new();
    // Open quote carried over to the next line (`"` or `'`).
    let mut quote: Option<u8> = None;
    // Inside a `|` or `>` block scalar: the indentation of the line that opened it.
    let mut block_scalar: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|b| **b == b' ').count();
        let blank = bytes[indent..].iter().all(|b| b.is_ascii_whitespace());
        if let Some(parent) = block_scalar {
            if blank || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        let mut i = indent;
        let mut block = 0;
        if flow == 0 && quote.is_none() && !blank && bytes[indent] != b'#' {
            while indents.last().is_some_and(|top| *top >= indent) {
                indents.pop();
            }
            indents.push(indent);
            block = indents.len();
        }
        let mut at_value = true;
        while i < bytes.len() {
            let b = bytes[i];
            if let Some(q) = quote {
                if q == b'"' && b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == q {
                    if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    quote = None;
                    at_value = false;
                }
                i += 1;
                continue;
            }
            match b {
                b' ' | b'\t' => {}
                b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t') => break,
                b'"' | b'\'' if at_value => quote = Some(b),
                b'[' | b'{' if flow > 0 || at_value => {
                    flow += 1;
                    at_value = true;
                }
                b']' | b'}' if flow > 0 => flow -= 1,
                b',' if flow > 0 => at_value = true,
                b'-' | b'?'
                    if flow == 0
                        && at_value
                        && matches!(bytes.get(i + 1), None | Some(b' ' | b'\t')) =>
                {
                    block += 1
                }
                b':' if flow > 0 || matches!(bytes.get(i + 1), None | Some(b' ' | b'\t')) => {
                    at_value = true
                }
                b'|' | b'>' if flow == 0 && at_value => {
                    block_scalar = Some(indent);
                    break;
                }
                b'&' | b'!' if at_value => {
                    while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t') {
                        i += 1;
                    }
                    continue;
                }
                _ => at_value = false,
            }
            if flow + block > MAX_DEPTH {
                return Err(too_deep(n + 1));
            }
            i += 1;
        }
        if flow + block > MAX_DEPTH {
            return Err(too_deep(n + 1));
        }
    }
    Ok(())
}

/// Checks the nesting depth of TOML text: `[` and `{` outside strings and comments, and
/// the dotted parts of a key or table header.
pub fn check_toml_depth(text: &str) -> std::result::Result<(), String> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut dots = 0usize;
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                dots = 0;
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                let triple = bytes[i..].starts_with(if b == b'"' { b"\"\"\"" } else { b"'''" });
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    let c = bytes[i];
                    if c == b'\\' && b == b'"' {
                        i += 2;
                        continue;
                    }
                    if c == b'\n' {
                        line += 1;
                        if !triple {
                            break;
                        }
                    }
                    if c == b {
                        if !triple {
                            break;
                        }
                        if bytes[i..].starts_with(&[b, b, b]) {
                            // A closing triple may carry up to two more quotes of content.
                            while bytes.get(i + 3) == Some(&b) {
                                i += 1;
                            }
                            i += 2;
                            break;
                        }
                    }
                    i += 1;
                }
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'.' => dots += 1,
            b'=' => dots = 0,
            _ => {}
        }
        if depth + dots > MAX_DEPTH {
            return Err(too_deep(line));
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_configs_pass() {
        let yaml = "tunnel: x\ningress:\n  - hostname: a.example.com # c [[[\n    service: http://localhost:1\n    originRequest: {noTLSVerify: true, headers: [\"a\", 'b[']}\n  - service: http_status:404\nnote: |\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n- - - a\n";
        check_yaml_depth(yaml).unwrap();
        let toml = "[cloudflare]\naccount_id = \"x[[[[\"\nlist = [[1, 2], [3]]\n# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ns = '''\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['''\n[a.b.c]\n";
        check_toml_depth(toml).unwrap();
    }

    #[test]
    fn deep_nesting_is_refused_early() {
        let yaml = format!("ingress: {}", "[".repeat(100_000));
        assert!(check_yaml_depth(&yaml).unwrap_err().contains("64 levels"));
        // The line itself is one block level.
        assert!(check_yaml_depth(&"[".repeat(64)).is_err());
        assert!(check_yaml_depth(&"[".repeat(63)).is_ok());
        let blocks: String = (0..70).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert!(check_yaml_depth(&blocks).is_err());
        assert!(check_yaml_depth(&"- ".repeat(70)).is_err());
        assert!(check_toml_depth(&format!("a = {}", "[".repeat(100))).is_err());
        assert!(check_toml_depth(&format!("a = {}", "{b = ".repeat(100))).is_err());
        assert!(check_toml_depth(&format!("{} = 1", vec!["a"; 100].join("."))).is_err());
    }

    #[test]
    fn size_names_the_cap() {
        assert!(check_size(10, 10).is_ok());
        assert!(check_size(11, 1024 * 1024).map(|_| ()).is_ok());
        assert_eq!(
            check_size(2 * 1024 * 1024, 1024 * 1024).unwrap_err(),
            "it is 2097152 bytes, more than the 1 MiB meta reads"
        );
    }
}
