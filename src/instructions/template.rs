//! The placeholders a layer file may use: `{{project.name}}`, `{{project.path}}`,
//! `{{project.port_range}}`, `{{project.services}}` and `{{env.NAME}}` for the names the
//! config allows. `{{{{` writes a literal `{{`. Anything else in double braces is an
//! error naming the file and line, so a typo never reaches a generated file silently.

use std::collections::BTreeMap;

use crate::core::error::{Error, Result};

/// The facts a template can use, resolved before rendering.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub name: String,
    pub path: String,
    pub port_range: String,
    /// `(service, port)`, in the order they are listed.
    pub services: Vec<(String, u16)>,
    /// The variables `instructions.allow_env` names, with their values (`None`: unset).
    pub env: BTreeMap<String, Option<String>>,
}

const KNOWN: &str = "`{{project.name}}`, `{{project.path}}`, `{{project.port_range}}`, \
`{{project.services}}`, `{{env.NAME}}`";

/// Renders `text`; `source` names the file in errors (`path:line: …`).
pub fn render(source: &str, text: &str, facts: &Facts) -> Result<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut line = 1usize;
    while let Some(i) = find_open(rest) {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        line += before.bytes().filter(|&b| b == b'\n').count();
        if let Some(tail) = after.strip_prefix("{{{{") {
            out.push_str("{{");
            rest = tail;
            continue;
        }
        let inner_and_more = &after[2..];
        let line_end = inner_and_more.find('\n').unwrap_or(inner_and_more.len());
        let Some(close) = inner_and_more[..line_end].find("}}") else {
            return Err(Error::usage(format!(
                "{source}:{line}: `{{{{` is not closed by `}}}}` on the same line"
            ))
            .with_hint("write `{{{{` for a literal `{{`"));
        };
        let key = inner_and_more[..close].trim();
        out.push_str(&resolve(source, line, key, facts)?);
        rest = &inner_and_more[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Where the next `{{` starts; a single-byte search first, as most text has no braces.
fn find_open(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find('{') {
        let at = from + i;
        if bytes.get(at + 1) == Some(&b'{') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn resolve(source: &str, line: usize, key: &str, facts: &Facts) -> Result<String> {
    match key {
        "project.name" => return Ok(facts.name.clone()),
        "project.path" => return Ok(facts.path.clone()),
        "project.port_range" => return Ok(facts.port_range.clone()),
        "project.services" => {
            return Ok(facts
                .services
                .iter()
                .map(|(name, port)| format!("{name}: {port}"))
                .collect::<Vec<_>>()
                .join("\n"))
        }
        _ => {}
    }
    if let Some(var) = key.strip_prefix("env.") {
        return match facts.env.get(var) {
            Some(Some(value)) => Ok(value.clone()),
            Some(None) => Err(Error::usage(format!(
                "{source}:{line}: environment variable `{var}` is not set"
            ))
            .with_hint(format!("set `{var}` in the environment that runs `meta`"))),
            None => Err(Error::usage(format!(
                "{source}:{line}: `{{{{{key}}}}}` reads a variable that `instructions.allow_env` does not list"
            ))
            .with_hint(format!(
                "allow it with `meta config set instructions.allow_env {var}` (comma-separated for several)"
            ))),
        };
    }
    Err(Error::usage(format!(
        "{source}:{line}: unknown placeholder `{{{{{key}}}}}`"
    ))
    .with_hint(format!(
        "the placeholders are {KNOWN}; write `{{{{{{{{` for a literal `{{{{`"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        let mut env = BTreeMap::new();
        env.insert("TEAM".to_string(), Some("ops".to_string()));
        env.insert("GONE".to_string(), None);
        Facts {
            name: "web".into(),
            path: "/srv/web".into(),
            port_range: "3000-3999".into(),
            services: vec![("api".into(), 3001), ("ui".into(), 3002)],
            env,
        }
    }

    #[test]
    fn fills_placeholders_and_keeps_the_rest() {
        let out = render(
            "a.md",
            "# {{project.name}} at {{ project.path }}\nports {{project.port_range}}\n{{project.services}}\nteam {{env.TEAM}} }} {\n",
            &facts(),
        )
        .unwrap();
        assert_eq!(
            out,
            "# web at /srv/web\nports 3000-3999\napi: 3001\nui: 3002\nteam ops }} {\n"
        );
    }

    #[test]
    fn four_braces_are_a_literal_pair() {
        let out = render("a.md", "{{{{project.name}} and {{{{{{{{x", &facts()).unwrap();
        assert_eq!(out, "{{project.name}} and {{{{x");
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = render("core/a.md", "one\ntwo\n{{project.nme}}\n", &facts()).unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Usage);
        assert!(
            err.message
                .starts_with("core/a.md:3: unknown placeholder `{{project.nme}}`"),
            "{}",
            err.message
        );
        let err = render("a.md", "x\n{{env.HOME}}", &facts()).unwrap_err();
        assert!(
            err.message.starts_with("a.md:2: `{{env.HOME}}`"),
            "{}",
            err.message
        );
        let err = render("a.md", "{{env.GONE}}", &facts()).unwrap_err();
        assert!(err.message.contains("`GONE` is not set"), "{}", err.message);
        let err = render("a.md", "a {{project.name\n}}", &facts()).unwrap_err();
        assert!(
            err.message.starts_with("a.md:1: `{{` is not closed"),
            "{}",
            err.message
        );
    }

    #[test]
    fn no_services_is_empty() {
        let f = Facts::default();
        assert_eq!(render("a", "[{{project.services}}]", &f).unwrap(), "[]");
    }
}
