//! Everything `meta` prints goes through here: results to stdout in one of the formats
//! (table, json, yaml, name), talk to stderr (silenced by `-q`). Nothing else in the crate
//! writes to stdout or stderr.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicI8, Ordering};

use serde::Serialize;

use crate::core::error::{Error, Kind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Table,
    Json,
    Yaml,
    Name,
}

/// A result that can be shown in every output format: JSON and YAML come from `Serialize`,
/// the table and the name list from the two methods.
pub trait Render: Serialize {
    fn table(&self) -> Table;
    /// One identifier a line, for `-o name`.
    fn names(&self) -> Vec<String>;
}

/// Rows for the table format. `headers` empty means a two-column "field value" listing.
#[derive(Debug, Default, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(headers: impl IntoIterator<Item = S>) -> Self {
        Table {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }
    /// A listing of one object: a line per field.
    pub fn fields<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Table {
            headers: Vec::new(),
            rows: pairs
                .into_iter()
                .map(|(k, v)| vec![k.into(), v.into()])
                .collect(),
        }
    }
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }
}

/// The text a unit enum serialises to (`Status::WouldCreate` → `would_create`), for tables.
pub fn plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

static VERBOSITY: AtomicI8 = AtomicI8::new(0);

/// Text from outside (a name, a path, a server's message) made safe to print on one line:
/// control characters become visible escapes (`\n`, `\x1b`, `\u{85}`…), so a value cannot
/// forge a second `error:` line or send terminal sequences. Every message, hint, warning and
/// status line goes through here when printed; results that are data (`secret get`, a
/// rendered document) are written raw with [`stdout_bytes`].
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    escape(text, false)
}

fn escape(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let needs = |c: char| c.is_control() && !(keep_newlines && c == '\n');
    if !text.chars().any(needs) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !needs(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x1b' => out.push_str("\\x1b"),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Detail for `-v`, from any layer: it goes to stderr and never carries secrets.
pub fn debug(message: impl AsRef<str>) {
    if VERBOSITY.load(Ordering::Relaxed) > 0 {
        let _ = writeln!(
            std::io::stderr().lock(),
            "debug: {}",
            escape_controls(message.as_ref())
        );
    }
}

/// One line on stderr, for the rare talk that comes before a `Printer` exists.
pub fn stderr_line(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_controls(text));
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
    pub stderr_is_terminal: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: u8, verbose: u8) -> Self {
        VERBOSITY.store(
            if quiet > 0 {
                -1
            } else {
                verbose.min(100) as i8
            },
            Ordering::Relaxed,
        );
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let no_color = crate::core::settings::var_os("NO_COLOR").is_some();
        Printer {
            format,
            quiet: quiet > 0,
            color: stderr_is_terminal && !no_color,
            stderr_is_terminal,
        }
    }

    /// Progress bars and spinners only where a person watches and has not asked for quiet.
    pub fn progress_allowed(&self) -> bool {
        self.stderr_is_terminal && self.color && !self.quiet
    }

    /// Prints a result on stdout in the chosen format.
    pub fn result<T: Render + ?Sized>(&self, value: &T) -> Result<()> {
        let text = match self.format {
            Format::Json => to_json(value)?,
            Format::Yaml => to_yaml(&serde_json::to_value(value).map_err(json_error)?),
            Format::Name => {
                let mut out = String::new();
                for name in value.names() {
                    out.push_str(&escape_controls(&name));
                    out.push('\n');
                }
                out
            }
            Format::Table => render_table(&value.table(), std::io::stdout().is_terminal()),
        };
        stdout_bytes(text.as_bytes())
    }

    /// A status line on stderr ("unchanged", "created …"), silenced by `-q`. A status may
    /// span lines the caller joined (a diff, a list); other control characters are escaped.
    pub fn status(&self, message: impl AsRef<str>) {
        if !self.quiet {
            let _ = writeln!(
                std::io::stderr().lock(),
                "{}",
                escape(message.as_ref(), true)
            );
        }
    }

    pub fn warn(&self, message: impl AsRef<str>) {
        if !self.quiet {
            let prefix = if self.color {
                "\x1b[33mwarning\x1b[0m"
            } else {
                "warning"
            };
            let _ = writeln!(
                std::io::stderr().lock(),
                "{prefix}: {}",
                escape_controls(message.as_ref())
            );
        }
    }

    /// A finding that makes the command fail (exit 8 or 9) without being an error of
    /// `meta` itself: one `error:` line on stderr, shown even with `-q`.
    pub fn problem(&self, message: impl AsRef<str>) {
        let e = if self.color {
            "\x1b[1;31merror\x1b[0m"
        } else {
            "error"
        };
        let _ = writeln!(
            std::io::stderr().lock(),
            "{e}: {}",
            escape_controls(message.as_ref())
        );
    }

    /// The one place errors are shown: `error:` and `hint:` lines, and with `-o json` the
    /// JSON error object as well, all on stderr.
    pub fn error(&self, err: &Error) {
        let mut stderr = std::io::stderr().lock();
        let (e, h) = if self.color {
            ("\x1b[1;31merror\x1b[0m", "\x1b[1;36mhint\x1b[0m")
        } else {
            ("error", "hint")
        };
        let _ = writeln!(stderr, "{e}: {}", escape_controls(&err.message));
        if let Some(hint) = &err.hint {
            let _ = writeln!(stderr, "{h}: {}", escape_controls(hint));
        }
        if self.format == Format::Json {
            let _ = writeln!(stderr, "{}", error_json(err));
        }
    }
}

/// The JSON error object: `code` (the exit code), `kind`, `message`, `hint`, and when a
/// remote API refused, its HTTP `status` and its own `api_code`.
pub fn error_json(err: &Error) -> serde_json::Value {
    let mut object = serde_json::json!({
        "code": err.kind.exit_code(),
        "kind": err.kind.as_str(),
        "message": err.message,
        "hint": err.hint,
    });
    if let Some(status) = err.status() {
        object["status"] = status.into();
    }
    if let Some(code) = err.api_code() {
        object["api_code"] = code.into();
    }
    serde_json::json!({ "error": object })
}

/// Writes raw bytes (a secret value, a rendered document) to stdout. A reader that went
/// away (`meta … | head -1`) is not an error: the command ends quietly with exit 0.
pub fn stdout_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            Err(Error::new(Kind::ClosedPipe, ""))
        }
        Err(e) => Err(Error::failure(format!("cannot write to stdout: {e}"))),
    }
}

fn json_error(e: serde_json::Error) -> Error {
    Error::failure(format!("cannot encode the result as JSON: {e}"))
}

pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut text = serde_json::to_string_pretty(value).map_err(json_error)?;
    text.push('\n');
    Ok(text)
}

pub fn render_table(table: &Table, terminal: bool) -> String {
    use comfy_table::{presets, CellAlignment, ColumnConstraint, ContentArrangement};
    if table.rows.is_empty() && !table.headers.is_empty() {
        return String::new();
    }
    let mut t = comfy_table::Table::new();
    t.load_preset(presets::NOTHING);
    t.set_content_arrangement(if terminal {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    if !table.headers.is_empty() {
        t.set_header(table.headers.iter().map(|h| h.to_uppercase()));
    }
    for row in &table.rows {
        t.add_row(row.iter().map(|cell| escape_controls(cell).into_owned()));
    }
    for column in t.column_iter_mut() {
        column.set_padding((0, 3));
        column.set_cell_alignment(CellAlignment::Left);
        column.set_constraint(ColumnConstraint::ContentWidth);
    }
    let mut text: String = t
        .to_string()
        .lines()
        .map(|l| l.trim_end().to_string() + "\n")
        .collect();
    if text.is_empty() {
        text.push('\n');
    }
    text
}

/// YAML 1.2 for a JSON value: block style, strings plain where that reads back as the same
/// string, else double-quoted (a JSON string is a valid YAML scalar).
pub fn to_yaml(value: &serde_json::Value) -> String {
    let mut out = String::new();
    match value {
        serde_json::Value::Array(a) if a.is_empty() => out.push_str("[]\n"),
        serde_json::Value::Object(o) if o.is_empty() => out.push_str("{}\n"),
        serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
            yaml_block(value, 0, &mut out)
        }
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
    out
}

fn yaml_block(value: &serde_json::Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                out.push_str(&pad);
                out.push_str(&yaml_string(key));
                out.push(':');
                yaml_child(v, indent, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                out.push_str(&pad);
                out.push('-');
                match v {
                    serde_json::Value::Object(map) if !map.is_empty() => {
                        // The first field shares the dash's line, the rest align under it.
                        let mut nested = String::new();
                        yaml_block(v, indent + 2, &mut nested);
                        out.push(' ');
                        out.push_str(&nested[indent + 2..]);
                    }
                    _ => yaml_child(v, indent, out),
                }
            }
        }
        _ => {}
    }
}

fn yaml_child(v: &serde_json::Value, indent: usize, out: &mut String) {
    match v {
        serde_json::Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            yaml_block(v, indent + 2, out);
        }
        serde_json::Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            yaml_block(v, indent + 2, out);
        }
        serde_json::Value::Object(_) => out.push_str(" {}\n"),
        serde_json::Value::Array(_) => out.push_str(" []\n"),
        scalar => {
            out.push(' ');
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

fn yaml_scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => yaml_string(s),
        other => other.to_string(),
    }
}

fn yaml_string(s: &str) -> String {
    let reserved = matches!(
        s.to_ascii_lowercase().as_str(),
        "" | "null" | "~" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    );
    let looks_numeric = s.parse::<f64>().is_ok() || s.starts_with("0x") || s.starts_with("0o");
    let plain = !reserved
        && !looks_numeric
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/-+@()".contains(c))
        && !s.starts_with(['-', '.', '@'])
        && !s.contains(": ");
    if plain {
        s.to_string()
    } else {
        serde_json::Value::String(s.to_string()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn control_characters_are_escaped_once_and_plain_text_is_untouched() {
        assert_eq!(escape_controls("web-1 `ok` é"), "web-1 `ok` é");
        assert_eq!(
            escape_controls("a\nerror: b\x1b[31m\r\t\u{7f}\u{85}\0"),
            "a\\nerror: b\\x1b[31m\\r\\t\\u{7f}\\u{85}\\u{0}"
        );
        assert_eq!(escape("a\nb\x1b", true), "a\nb\\x1b");
        let mut t = Table::new(["name"]);
        t.row(["a\nb"]);
        assert_eq!(render_table(&t, false), "NAME\na\\nb\n");
    }

    #[test]
    fn yaml_quotes_only_what_would_change_meaning() {
        let v = json!({"name": "web", "port": 3000, "flag": "yes", "num": "3000", "empty": "",
                       "items": [{"a": 1, "b": "x y"}, "plain"], "none": null, "list": []});
        let text = to_yaml(&v);
        assert!(text.contains("name: web\n"), "{text}");
        assert!(text.contains("port: 3000\n"));
        assert!(text.contains("flag: \"yes\"\n"));
        assert!(text.contains("num: \"3000\"\n"));
        assert!(text.contains("empty: \"\"\n"));
        assert!(
            text.contains("items:\n  - a: 1\n    b: \"x y\"\n  - plain\n"),
            "{text}"
        );
        assert!(text.contains("none: null\n"));
        assert!(text.contains("list: []\n"));
    }

    #[test]
    fn table_without_terminal_has_no_escape_codes_and_no_trailing_space() {
        let mut t = Table::new(["name", "range"]);
        t.row(["web", "3000-3999"]);
        let text = render_table(&t, false);
        assert!(!text.contains('\x1b'));
        assert!(text.lines().all(|l| !l.ends_with(' ')));
        assert!(text.starts_with("NAME"), "{text}");
    }

    #[test]
    fn json_errors_carry_the_remote_status_and_code_only_when_known() {
        let plain = error_json(&Error::not_found("no such thing"));
        assert_eq!(
            plain,
            serde_json::json!({"error": {"code": 3, "kind": "not_found", "message": "no such thing", "hint": null}})
        );
        let refused = Error::remote("cloudflare 9109: invalid access token").with_remote(
            crate::core::error::RemoteDetail {
                status: Some(403),
                code: Some("9109".into()),
                message: Some("Invalid access token".into()),
            },
        );
        let object = error_json(&refused);
        assert_eq!(object["error"]["code"], 5);
        assert_eq!(object["error"]["status"], 403);
        assert_eq!(object["error"]["api_code"], "9109");
    }
}
