//! `config.toml` and the settings it holds. A flag beats an environment variable, which
//! beats the file, which beats the default. Edits go through toml_edit so the comments and
//! layout a person wrote survive `meta config set`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::core::error::{Error, Result};
use crate::core::host::atomic;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Text,
    Integer,
    /// A list of strings; given on the command line comma-separated.
    List,
    /// How long something may take: `30s`, `2m`, `500ms`, or a number of seconds.
    Deadline,
}

/// One setting `meta` understands.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub env: Option<&'static str>,
    pub default: Default,
    pub kind: ValueType,
}

#[derive(Debug, Clone, Copy)]
pub enum Default {
    None,
    Text(&'static str),
    /// A path inside the home folder.
    InHome(&'static str),
    /// Looked up on `PATH` when needed.
    OnPath,
}

const fn key(
    name: &'static str,
    env: Option<&'static str>,
    default: Default,
    kind: ValueType,
) -> Key {
    Key {
        name,
        env,
        default,
        kind,
    }
}

use ValueType::{Deadline, Integer, List, Text};

pub const KEYS: &[Key] = &[
    key(
        "instructions.root",
        Some("META_INSTRUCTIONS_ROOT"),
        Default::InHome("instructions"),
        Text,
    ),
    key("instructions.allow_env", None, Default::None, List),
    key(
        "cloudflare.api",
        Some("CLOUDFLARE_BASE_URL"),
        Default::Text("https://api.cloudflare.com/client/v4"),
        Text,
    ),
    key(
        "cloudflare.account_id",
        Some("CLOUDFLARE_ACCOUNT_ID"),
        Default::None,
        Text,
    ),
    key(
        "cloudflare.tunnel_id",
        Some("META_TUNNEL_ID"),
        Default::None,
        Text,
    ),
    key(
        "cloudflare.batch_limit",
        None,
        Default::Text("200"),
        Integer,
    ),
    key(
        "cloudflare.metrics",
        None,
        Default::Text("127.0.0.1:20241"),
        Text,
    ),
    key(
        "gcp.project",
        Some("CLOUDSDK_CORE_PROJECT"),
        Default::None,
        Text,
    ),
    key(
        "gcp.zone",
        Some("CLOUDSDK_COMPUTE_ZONE"),
        Default::None,
        Text,
    ),
    key("gcp.account", Some("META_GCP_ACCOUNT"), Default::None, Text),
    key(
        "gcp.compute_api",
        Some("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE"),
        Default::Text("https://compute.googleapis.com/compute/v1/"),
        Text,
    ),
    key(
        "gcp.monitoring_api",
        Some("CLOUDSDK_API_ENDPOINT_OVERRIDES_MONITORING"),
        Default::Text("https://monitoring.googleapis.com/v3/"),
        Text,
    ),
    key(
        "bin.systemctl",
        Some("META_SYSTEMCTL"),
        Default::OnPath,
        Text,
    ),
    key("bin.nginx", Some("META_NGINX"), Default::OnPath, Text),
    key(
        "bin.cloudflared",
        Some("META_CLOUDFLARED"),
        Default::OnPath,
        Text,
    ),
    key("bin.git", Some("META_GIT"), Default::OnPath, Text),
    key("timeout.systemctl", None, Default::Text("60s"), Deadline),
    key("timeout.nginx", None, Default::Text("60s"), Deadline),
    key("timeout.cloudflared", None, Default::Text("60s"), Deadline),
    key("timeout.git", None, Default::Text("60s"), Deadline),
    key(
        "paths.nginx_sites",
        None,
        Default::Text("/etc/nginx/sites-enabled"),
        Text,
    ),
    key(
        "paths.cloudflared_config",
        None,
        Default::Text("/etc/cloudflared/config.yml"),
        Text,
    ),
    key(
        "paths.systemd_units",
        None,
        Default::Text("/etc/systemd/system"),
        Text,
    ),
];

pub fn lookup(name: &str) -> Result<&'static Key> {
    KEYS.iter().find(|k| k.name == name).ok_or_else(|| {
        Error::usage(format!("unknown setting `{name}`"))
            .with_hint("`meta config list` shows every setting meta understands")
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Env,
    File,
    Default,
    Unset,
}

/// A setting with the value in force and where it came from.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Setting {
    pub key: &'static str,
    pub value: Option<serde_json::Value>,
    pub source: Source,
    pub env: Option<&'static str>,
}

/// The largest `config.toml` read: it holds a few dozen keys, so a file of a megabyte is
/// not a config, and refusing it keeps a stray file from costing memory and time.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

pub struct Config {
    path: PathBuf,
    home: PathBuf,
    doc: toml_edit::DocumentMut,
    original: String,
}

impl Config {
    /// Reads `config.toml` from the home folder; a missing file is an empty config. A file
    /// past the bounds of [`MAX_CONFIG_BYTES`] and `core::limits` is refused unparsed.
    pub fn load(home: &Path) -> Result<Config> {
        let path = home.join("config.toml");
        let refuse = |why: String| {
            Error::usage(format!("`{}` cannot be read: {why}", path.display())).with_hint(
                "fix the file by hand; `meta config` will not rewrite a file it cannot read",
            )
        };
        if let Ok(meta) = std::fs::metadata(&path) {
            crate::core::limits::check_size(meta.len(), MAX_CONFIG_BYTES).map_err(refuse)?;
        }
        let original = match atomic::read_optional(&path)? {
            Some(bytes) => String::from_utf8(bytes)
                .map_err(|_| Error::usage(format!("`{}` is not UTF-8 text", path.display())))?,
            None => String::new(),
        };
        crate::core::limits::check_size(original.len() as u64, MAX_CONFIG_BYTES)
            .and_then(|()| crate::core::limits::check_toml_depth(&original))
            .map_err(refuse)?;
        let doc = original.parse::<toml_edit::DocumentMut>().map_err(|e| {
            Error::usage(format!(
                "`{}` is not valid TOML: {}",
                path.display(),
                e.message()
            ))
            .with_hint("fix the file by hand; `meta config` will not rewrite a file it cannot read")
        })?;
        Ok(Config {
            path,
            home: home.to_path_buf(),
            doc,
            original,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The value in force for `name`: environment, then file, then default.
    pub fn setting(&self, name: &str) -> Result<Setting> {
        let key = lookup(name)?;
        if let Some(var) = key.env {
            if let Some(value) = crate::core::settings::var(var) {
                if !value.is_empty() {
                    return Ok(Setting {
                        key: key.name,
                        value: Some(typed(key, &value)),
                        source: Source::Env,
                        env: key.env,
                    });
                }
            }
        }
        if let Some(item) = self.item(name) {
            if let Some(v) = item_to_json(item) {
                return Ok(Setting {
                    key: key.name,
                    value: Some(v),
                    source: Source::File,
                    env: key.env,
                });
            }
        }
        let default = match key.default {
            Default::Text(t) => Some(typed(key, t)),
            Default::InHome(rel) => Some(serde_json::Value::String(
                self.home.join(rel).display().to_string(),
            )),
            Default::None | Default::OnPath => None,
        };
        let source = if default.is_some() {
            Source::Default
        } else {
            Source::Unset
        };
        Ok(Setting {
            key: key.name,
            value: default,
            source,
            env: key.env,
        })
    }

    /// The value in force as text (lists comma-joined), if any.
    pub fn get(&self, name: &str) -> Result<Option<String>> {
        Ok(self.setting(name)?.value.map(|v| value_text(&v)))
    }

    pub fn list(&self) -> Result<Vec<Setting>> {
        KEYS.iter().map(|k| self.setting(k.name)).collect()
    }

    fn item(&self, name: &str) -> Option<&toml_edit::Item> {
        let (table, leaf) = name.split_once('.')?;
        self.doc.get(table)?.get(leaf)
    }

    /// Sets `name` in the document (not yet on disk). Returns false when it already held
    /// that value.
    pub fn set(&mut self, name: &str, value: &str) -> Result<bool> {
        let key = lookup(name)?;
        let new_item = match key.kind {
            ValueType::Text => toml_edit::value(value),
            ValueType::Integer => {
                let n: i64 = value.trim().parse().map_err(|_| {
                    Error::usage(format!("`{name}` takes a whole number, not `{value}`"))
                })?;
                toml_edit::value(n)
            }
            ValueType::Deadline => {
                crate::core::host::parse_deadline(value)
                    .map_err(|e| e.context(format!("`{name}`")))?;
                // A bare number is seconds, and stays a number in the file.
                match value.trim().parse::<i64>() {
                    Ok(seconds) => toml_edit::value(seconds),
                    Err(_) => toml_edit::value(value.trim()),
                }
            }
            ValueType::List => {
                let mut array = toml_edit::Array::new();
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    array.push(part);
                }
                toml_edit::value(array)
            }
        };
        if self.item(name).and_then(item_to_json) == item_to_json(&new_item) {
            return Ok(false);
        }
        let (table, leaf) = name.split_once('.').expect("every key has a table");
        if !self.doc.contains_table(table) {
            self.doc.insert(table, toml_edit::table());
        }
        let table = self.doc[table].as_table_like_mut().ok_or_else(|| {
            Error::usage(format!(
                "`{table}` in `{}` is not a table",
                self.path.display()
            ))
        })?;
        match table.get_mut(leaf) {
            // Replacing only the value keeps the comments around the key.
            Some(existing) if existing.is_value() => {
                let decor = existing.as_value().map(|v| v.decor().clone());
                *existing = new_item;
                if let (Some(decor), Some(v)) = (decor, existing.as_value_mut()) {
                    *v.decor_mut() = decor;
                }
            }
            _ => {
                table.insert(leaf, new_item);
            }
        }
        Ok(true)
    }

    /// Removes `name` from the file. Returns false when it was not there.
    pub fn unset(&mut self, name: &str) -> Result<bool> {
        lookup(name)?;
        let (table, leaf) = name.split_once('.').expect("every key has a table");
        Ok(self
            .doc
            .get_mut(table)
            .and_then(|t| t.as_table_like_mut())
            .and_then(|t| t.remove(leaf))
            .is_some())
    }

    /// The file's text as it would be written.
    pub fn render(&self) -> String {
        self.doc.to_string()
    }

    pub fn original(&self) -> &str {
        &self.original
    }
}

/// The home folder is private (0700) however it comes to exist, even when `config set`
/// runs before `meta init`.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::io("create folder", dir, e))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::io("set the mode of", dir, e))
}

fn typed(key: &Key, text: &str) -> serde_json::Value {
    match key.kind {
        ValueType::Integer => text
            .trim()
            .parse::<i64>()
            .map(serde_json::Value::from)
            .unwrap_or_else(|_| serde_json::Value::String(text.to_string())),
        ValueType::List => serde_json::Value::Array(
            text.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| serde_json::Value::String(p.to_string()))
                .collect(),
        ),
        ValueType::Text | ValueType::Deadline => serde_json::Value::String(text.to_string()),
    }
}

fn item_to_json(item: &toml_edit::Item) -> Option<serde_json::Value> {
    let value = item.as_value()?;
    Some(match value {
        toml_edit::Value::String(s) => serde_json::Value::String(s.value().clone()),
        toml_edit::Value::Integer(i) => serde_json::Value::from(*i.value()),
        toml_edit::Value::Float(f) => serde_json::Value::from(*f.value()),
        toml_edit::Value::Boolean(b) => serde_json::Value::Bool(*b.value()),
        toml_edit::Value::Datetime(d) => serde_json::Value::String(d.value().to_string()),
        toml_edit::Value::Array(a) => serde_json::Value::Array(
            a.iter()
                .filter_map(|v| v.as_str().map(|s| serde_json::Value::String(s.to_string())))
                .collect(),
        ),
        toml_edit::Value::InlineTable(_) => return None,
    })
}

pub fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => {
            items.iter().map(value_text).collect::<Vec<_>>().join(",")
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_keeps_comments_and_other_keys() {
        let dir = tempfile::tempdir().unwrap();
        let text = "# my settings\n[gcp]\n# the project\nproject = \"a\" # inline\nzone = \"z\"\n";
        std::fs::write(dir.path().join("config.toml"), text).unwrap();
        let mut c = Config::load(dir.path()).unwrap();
        assert!(c.set("gcp.project", "b").unwrap());
        assert!(!c.set("gcp.project", "b").unwrap());
        assert!(c.set("cloudflare.batch_limit", "100").unwrap());
        let out = c.render();
        assert!(
            out.starts_with(
                "# my settings\n[gcp]\n# the project\nproject = \"b\" # inline\nzone = \"z\"\n"
            ),
            "{out}"
        );
        assert!(out.contains("batch_limit = 100"));
        assert!(c.set("cloudflare.batch_limit", "x").is_err());
        assert!(c.set("nope.key", "x").is_err());
    }

    #[test]
    fn deadlines_are_checked_before_they_are_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Config::load(dir.path()).unwrap();
        assert_eq!(c.get("timeout.systemctl").unwrap().as_deref(), Some("60s"));
        assert!(c.set("timeout.systemctl", "30s").unwrap());
        assert!(c.set("timeout.git", "90").unwrap());
        let out = c.render();
        assert!(
            out.contains("[timeout]\nsystemctl = \"30s\"\ngit = 90\n"),
            "{out}"
        );
        assert_eq!(c.get("timeout.git").unwrap().as_deref(), Some("90"));
        let err = c.set("timeout.nginx", "soon").unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Usage);
        assert!(
            err.message
                .starts_with("`timeout.nginx`: `soon` is not a deadline"),
            "{}",
            err.message
        );
        assert!(c.set("timeout.nginx", "0").is_err());
        assert!(c.set("timeout.make", "1s").is_err());
    }
}
