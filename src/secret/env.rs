//! Secrets as environment variables: the name each path maps to, the set `exec` hands to a
//! child, and the file formats of `env` (dotenv, JSON, systemd `EnvironmentFile=`). The
//! quoting here is what decides whether another program reads a value back byte for byte,
//! so every rule below is written for a named reader.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::Opened;
use crate::core::error::{Error, Result};

/// `project/consilio/database_url` → `DATABASE_URL`: the last segment, upper-cased, with
/// `.` and `-` turned into `_`.
pub fn var_name(path: &str) -> String {
    path.rsplit('/')
        .next()
        .unwrap_or(path)
        .chars()
        .map(|c| match c {
            '.' | '-' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// One variable: its name, the secret it comes from, and the value.
pub struct Var {
    pub name: String,
    pub path: String,
    pub version: i64,
    pub value: Zeroizing<Vec<u8>>,
}

/// What a variable is, without its value, for plans and `-o json`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VarView {
    pub name: String,
    pub path: String,
    pub version: i64,
}

impl Var {
    pub fn view(&self) -> VarView {
        VarView {
            name: self.name.clone(),
            path: self.path.clone(),
            version: self.version,
        }
    }
}

/// Turns the secrets under a prefix into variables, refusing two paths that would set the
/// same name (exit 4) and keeping only `only` when given (names or last segments).
pub fn vars(secrets: Vec<Opened>, only: &[String]) -> Result<Vec<Var>> {
    let mut by_name: BTreeMap<String, Var> = BTreeMap::new();
    for s in secrets {
        let name = var_name(&s.path);
        if let Some(other) = by_name.get(&name) {
            return Err(Error::conflict(format!(
                "secrets `{}` and `{}` both map to the variable `{name}`",
                other.path, s.path
            ))
            .with_hint(
                "use a narrower `--prefix`, pick one with `--only`, or rename one of them",
            ));
        }
        by_name.insert(
            name.clone(),
            Var {
                name,
                path: s.path,
                version: s.version,
                value: s.value,
            },
        );
    }
    if only.is_empty() {
        return Ok(by_name.into_values().collect());
    }
    let mut picked = Vec::new();
    for wanted in only {
        let name = var_name(wanted);
        match by_name.remove(&name) {
            Some(v) => picked.push(v),
            None if picked.iter().any(|v: &Var| v.name == name) => {}
            None => {
                return Err(Error::not_found(format!(
                    "`--only {wanted}`: no secret under the prefix maps to `{name}`"
                ))
                .with_hint("`meta secret list PREFIX` shows what is there"))
            }
        }
    }
    picked.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(picked)
}

/// A value that can go into an environment: no NUL byte (the kernel's strings end there).
pub fn check_env_value(v: &Var) -> Result<()> {
    if v.value.contains(&0) {
        return Err(Error::failure(format!(
            "secret `{}` holds a NUL byte, which an environment variable cannot carry",
            v.path
        ))
        .with_hint(format!("read it with `meta secret get {}` instead", v.path)));
    }
    Ok(())
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum EnvFormat {
    Dotenv,
    Json,
    Systemd,
}

fn text<'a>(v: &'a Var, format: &str) -> Result<&'a str> {
    std::str::from_utf8(&v.value).map_err(|_| {
        Error::failure(format!(
            "secret `{}` is not UTF-8 text, so it cannot be written as {format}",
            v.path
        ))
        .with_hint(format!("read it with `meta secret get {}`", v.path))
    })
}

/// Renders the variables in `format`. The result holds values: it is zeroized on drop.
pub fn render(vars: &[Var], format: EnvFormat) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(
        vars.iter()
            .map(|v| v.name.len() + v.value.len() * 2 + 8)
            .sum::<usize>()
            + 4,
    ));
    match format {
        EnvFormat::Json => {
            // Built by hand so no unzeroed copy of a value is left behind by a serializer.
            out.push('{');
            for (i, v) in vars.iter().enumerate() {
                let t = text(v, "JSON")?;
                out.push_str(if i == 0 { "\n  " } else { ",\n  " });
                json_string(&v.name, &mut out);
                out.push_str(": ");
                json_string(t, &mut out);
            }
            out.push_str(if vars.is_empty() { "}\n" } else { "\n}\n" });
        }
        EnvFormat::Dotenv => {
            for v in vars {
                check_env_value(v)?;
                let t = text(v, "dotenv")?;
                out.push_str(&v.name);
                out.push('=');
                dotenv_quote(&v.path, t, &mut out)?;
                out.push('\n');
            }
        }
        EnvFormat::Systemd => {
            for v in vars {
                check_env_value(v)?;
                let t = text(v, "a systemd environment file")?;
                out.push_str(&v.name);
                out.push('=');
                systemd_quote(t, &mut out);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// A JSON string written straight into `out`, so a secret value is never copied into a
/// buffer that is not zeroed (as a serde_json `Value` would be).
pub(crate) fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// dotenv as both docker compose (compose-go) and python-dotenv read it.
///
/// Single quotes are literal to compose, and python-dotenv only decodes `\\` and `\'`
/// inside them, so a value without `'`, `\` or a carriage return (which Python's text mode
/// turns into a newline) goes in single quotes as it is, newlines included. Anything else
/// goes in double quotes, where both decode `\\`, `\"`, `\n` and `\r`, but where compose
/// expands `$NAME` and python-dotenv keeps `\$` as two characters: no escape of `$` reads
/// back the same in both, so such a value is refused rather than written wrong. `${` is
/// refused everywhere, since python-dotenv expands it even in single quotes, and so is a
/// trailing backslash, which both readers take as escaping the closing quote.
fn dotenv_quote(path: &str, value: &str, out: &mut String) -> Result<()> {
    let refuse = |why: &str| {
        Err(Error::failure(format!(
            "secret `{path}` cannot be written as dotenv: {why}"
        ))
        .with_hint("use `--format systemd` or `--format json`, or `meta secret exec`"))
    };
    if value.contains("${") {
        return refuse("it holds `${`, which python-dotenv expands in any quoting");
    }
    if value.ends_with('\\') {
        return refuse(
            "it ends with a backslash, which both readers take as escaping the closing quote",
        );
    }
    if !value.contains(['\'', '\\', '\r']) {
        out.push('\'');
        out.push_str(value);
        out.push('\'');
        return Ok(());
    }
    if value.contains('$') {
        return refuse(
            "it holds `$` together with a quote or backslash, which docker compose and python-dotenv read back differently",
        );
    }
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(())
}

/// systemd.exec(5) `EnvironmentFile=`: inside double quotes a backslash escapes `"`, `\`,
/// `` ` `` and `$`, and every other character (newlines too) is taken as it is.
fn systemd_quote(value: &str, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '`' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened_as(path: &str, value: &str) -> Var {
        Var {
            name: var_name(path),
            path: path.into(),
            version: 1,
            value: Zeroizing::new(value.as_bytes().to_vec()),
        }
    }

    fn opened(path: &str) -> Opened {
        Opened {
            path: path.into(),
            version: 1,
            created: String::new(),
            value: Zeroizing::new(b"v".to_vec()),
        }
    }

    #[test]
    fn names_follow_the_last_segment() {
        assert_eq!(var_name("project/consilio/database_url"), "DATABASE_URL");
        assert_eq!(var_name("a/b.c-d"), "B_C_D");
        assert_eq!(var_name("top"), "TOP");
    }

    #[test]
    fn two_paths_on_one_name_conflict_naming_both() {
        let e = vars(vec![opened("p/a/db-url"), opened("p/b/db.url")], &[])
            .err()
            .unwrap();
        assert_eq!(e.kind, crate::core::Kind::Conflict);
        assert!(e.message.contains("p/a/db-url") && e.message.contains("p/b/db.url"));
    }

    #[test]
    fn only_picks_by_name_or_segment() {
        let v = vars(
            vec![opened("p/a"), opened("p/b"), opened("p/c")],
            &["B".into(), "c".into()],
        )
        .unwrap();
        assert_eq!(
            v.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            ["B", "C"]
        );
        assert!(vars(vec![opened("p/a")], &["zz".into()]).is_err());
    }

    #[test]
    fn systemd_escapes_its_four_characters() {
        let out = render(&[opened_as("p/x", "a\"b\\c`d$e\nf g")], EnvFormat::Systemd).unwrap();
        assert_eq!(out.as_str(), "X=\"a\\\"b\\\\c\\`d\\$e\nf g\"\n");
    }

    #[test]
    fn dotenv_prefers_single_quotes_and_refuses_what_it_cannot_keep() {
        let out = render(&[opened_as("p/x", "a \"b\" $c\nd")], EnvFormat::Dotenv).unwrap();
        assert_eq!(out.as_str(), "X='a \"b\" $c\nd'\n");
        let out = render(&[opened_as("p/x", "it's a\\b\r")], EnvFormat::Dotenv).unwrap();
        assert_eq!(out.as_str(), "X=\"it's a\\\\b\\r\"\n");
        assert!(render(&[opened_as("p/x", "'$x")], EnvFormat::Dotenv).is_err());
        assert!(render(&[opened_as("p/x", "${x}")], EnvFormat::Dotenv).is_err());
    }

    #[test]
    fn json_is_valid_json() {
        let out = render(
            &[opened_as("p/a", "q\"\\\n\u{1}"), opened_as("p/b", "")],
            EnvFormat::Json,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["A"], "q\"\\\n\u{1}");
        assert_eq!(v["B"], "");
    }
}
