//! Bundles: secrets carried between hosts as an age file that the stock `age -d` opens.
//! Inside is one JSON document:
//!
//! ```json
//! {"format": "meta-secrets", "format_version": 1, "exported": "2026-01-01T00:00:00Z",
//!  "secrets": [{"path": "a/b", "version": 1, "created": "…", "encoding": "utf8", "value": "…"}]}
//! ```
//!
//! `encoding` is `utf8` (the value as a JSON string) or `base64` (for bytes that are not
//! UTF-8). On import only `secrets[].path` and `secrets[].value` are required, so a bundle
//! written by hand and encrypted with `age -r` imports too. The plaintext document lives in
//! zeroizing buffers from end to end; it is never written to disk unencrypted.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use base64::Engine;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{path, KeyRing};
use crate::core::error::{Error, Result};
use crate::core::plan::StepView;
use crate::core::state::{self, State, Tx};

pub const FORMAT: &str = "meta-secrets";
pub const FORMAT_VERSION: u32 = 1;

/// The most plaintext a bundle may hold: far above any real set of secrets, low enough that
/// a corrupt or hostile file cannot exhaust memory.
const MAX_BUNDLE_BYTES: usize = 512 * 1024 * 1024;

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ExportReport {
    pub secrets: usize,
    pub versions: usize,
    pub recipients: usize,
    pub paths: Vec<String>,
}

/// Parses age recipients (`age1…`), naming the one that is malformed.
pub fn parse_recipients(texts: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    if texts.is_empty() {
        return Err(Error::usage("no recipient given")
            .with_hint("pass `-r age1…`: the public key of whoever opens the bundle"));
    }
    texts
        .iter()
        .map(|t| {
            t.trim().parse::<age::x25519::Recipient>().map_err(|_| {
                Error::usage(format!("`{t}` is not an age X25519 recipient")).with_hint(
                    "a recipient looks like `age1…`; `age-keygen -y identity.txt` prints one",
                )
            })
        })
        .collect()
}

/// Seals every version of the live secrets under `prefix` into an age file for
/// `recipients`. Returns the age file (ciphertext only) and what went into it.
pub fn export(
    state: &mut State,
    identity: &Path,
    prefix: &str,
    recipients: &[age::x25519::Recipient],
    armor: bool,
) -> Result<(Vec<u8>, ExportReport)> {
    let prefix = path::prefix(prefix)?;
    let mut ring = KeyRing::new(identity);
    let (document, report) = state.read(|tx| document(tx, &mut ring, &prefix))?;
    report_nonempty(&report, &prefix)?;
    let encrypted = seal(&document, recipients, armor)?;
    Ok((
        encrypted,
        ExportReport {
            recipients: recipients.len(),
            ..report
        },
    ))
}

/// What an export would hold, without opening a value: for `--dry-run`.
pub fn export_preview(state: &mut State, prefix: &str) -> Result<ExportReport> {
    let prefix = path::prefix(prefix)?;
    let report = state.read(|tx| {
        let rows = tx.secret_all_under(&prefix)?;
        Ok(summary(rows.iter().map(|r| r.path.as_str()), rows.len()))
    })?;
    report_nonempty(&report, &prefix)?;
    Ok(report)
}

fn report_nonempty(report: &ExportReport, prefix: &str) -> Result<()> {
    if report.versions == 0 {
        let under = if prefix.is_empty() {
            String::new()
        } else {
            format!(" under `{prefix}`")
        };
        return Err(Error::not_found(format!("no secrets{under} to export")));
    }
    Ok(())
}

fn summary<'a>(paths: impl Iterator<Item = &'a str>, versions: usize) -> ExportReport {
    let mut list: Vec<String> = paths.map(str::to_string).collect();
    list.dedup();
    ExportReport {
        secrets: list.len(),
        versions,
        recipients: 0,
        paths: list,
    }
}

fn document(
    tx: &Tx,
    ring: &mut KeyRing,
    prefix: &str,
) -> Result<(Zeroizing<String>, ExportReport)> {
    let rows = tx.secret_all_under(prefix)?;
    let mut values = Vec::with_capacity(rows.len());
    for row in &rows {
        values.push(ring.open(tx, row)?);
    }
    // Sized up front for the worst case (every byte escaped as \u00XX), so the buffer never
    // moves and leaves an unzeroed copy behind.
    let capacity = 256
        + rows
            .iter()
            .zip(&values)
            .map(|(r, v)| 160 + r.path.len() + r.created.len() + v.len() * 6)
            .sum::<usize>();
    let mut out = Zeroizing::new(String::with_capacity(capacity));
    out.push_str(&format!(
        "{{\n  \"format\": \"{FORMAT}\",\n  \"format_version\": {FORMAT_VERSION},\n  \"exported\": \"{}\",\n  \"secrets\": [",
        state::now()
    ));
    for (i, (row, value)) in rows.iter().zip(&values).enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        // Paths and times hold no character JSON needs to escape.
        out.push_str(&format!(
            "{{\"path\": \"{}\", \"version\": {}, \"created\": \"{}\", ",
            row.path, row.version, row.created
        ));
        match std::str::from_utf8(value) {
            Ok(text) => {
                out.push_str("\"encoding\": \"utf8\", \"value\": ");
                super::env::json_string(text, &mut out);
            }
            Err(_) => {
                out.push_str("\"encoding\": \"base64\", \"value\": \"");
                base64::engine::general_purpose::STANDARD.encode_string(value.as_slice(), &mut out);
                out.push('"');
            }
        }
        out.push('}');
    }
    out.push_str(if rows.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    let report = summary(rows.iter().map(|r| r.path.as_str()), rows.len());
    Ok((out, report))
}

fn seal(document: &str, recipients: &[age::x25519::Recipient], armor: bool) -> Result<Vec<u8>> {
    use std::io::Write;
    let failed =
        |e: &dyn std::fmt::Display| Error::failure(format!("cannot encrypt the bundle: {e}"));
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| failed(&e))?;
    let mut out = Vec::with_capacity(document.len() + 1024);
    let format = if armor {
        age::armor::Format::AsciiArmor
    } else {
        age::armor::Format::Binary
    };
    let armored =
        age::armor::ArmoredWriter::wrap_output(&mut out, format).map_err(|e| failed(&e))?;
    let mut writer = encryptor.wrap_output(armored).map_err(|e| failed(&e))?;
    writer
        .write_all(document.as_bytes())
        .map_err(|e| failed(&e))?;
    writer
        .finish()
        .and_then(|armored| armored.finish())
        .map_err(|e| failed(&e))?;
    Ok(out)
}

/// A JSON string that is zeroized when dropped.
struct SecretText(Zeroizing<String>);

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d).map(|s| SecretText(Zeroizing::new(s)))
    }
}

#[derive(Deserialize)]
struct BundleIn {
    format: Option<String>,
    format_version: Option<u32>,
    secrets: Vec<EntryIn>,
}

#[derive(Deserialize)]
struct EntryIn {
    path: String,
    /// Informative only: versions are renumbered on import.
    #[allow(dead_code)]
    version: Option<i64>,
    created: Option<String>,
    encoding: Option<String>,
    value: SecretText,
}

/// One secret version read from a bundle, ready to store.
struct Incoming {
    path: String,
    created: Option<String>,
    value: Zeroizing<Vec<u8>>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ImportedVersion {
    pub path: String,
    pub version: i64,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ImportReport {
    /// Versions stored (or, with `--dry-run`, that would be).
    pub imported: Vec<ImportedVersion>,
    /// Versions skipped because the secret already holds that value.
    pub skipped: usize,
    pub dry_run: bool,
}

/// Opens an age file with the identities in `identity_file`.
pub fn open_bundle(file: &Path, identity_file: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let identities = age::IdentityFile::from_file(identity_file.display().to_string())
        .map_err(|e| {
            Error::failure(format!(
                "cannot read identity file `{}`: {}",
                identity_file.display(),
                io_reason(&e)
            ))
        })?
        .into_identities()
        .map_err(|e| {
            Error::failure(format!(
                "cannot use identity file `{}`: {e}",
                identity_file.display()
            ))
        })?;
    if identities.is_empty() {
        return Err(Error::failure(format!(
            "identity file `{}` holds no age identity",
            identity_file.display()
        )));
    }
    // An armored bundle is the payload in base64 (4/3) plus headers: twice the payload cap
    // is more than any bundle `meta` could open, so a larger file is refused unread.
    if let Ok(meta) = std::fs::metadata(file) {
        if meta.len() > 2 * MAX_BUNDLE_BYTES as u64 {
            return Err(Error::failure(format!(
                "cannot open bundle `{}`: it is {} bytes, more than a bundle can be",
                file.display(),
                meta.len()
            )));
        }
    }
    let bytes = std::fs::read(file).map_err(|e| Error::io("read the bundle", file, e))?;
    let cannot = |why: String| {
        Error::failure(format!(
            "cannot open bundle `{}` with `{}`: {why}",
            file.display(),
            identity_file.display()
        ))
    };
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(&bytes[..]))
        .map_err(|e| cannot(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|e| cannot(e.to_string()))?;
    // An age payload is never larger than its file, so this buffer never has to move.
    let mut plain = Zeroizing::new(Vec::with_capacity(bytes.len().min(MAX_BUNDLE_BYTES) + 1));
    let mut chunk = Zeroizing::new([0u8; 64 * 1024]);
    loop {
        let n = match reader.read(chunk.as_mut()) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(cannot(e.to_string())),
        };
        if plain.len() + n > MAX_BUNDLE_BYTES {
            return Err(cannot("its content is larger than 512 MiB".into()));
        }
        if plain.len() + n > plain.capacity() {
            let mut bigger = Zeroizing::new(Vec::with_capacity((plain.len() + n) * 2));
            bigger.extend_from_slice(&plain);
            plain = bigger;
        }
        plain.extend_from_slice(&chunk[..n]);
    }
    Ok(plain)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn parse(plain: &[u8], file: &Path, prefix: &str) -> Result<Vec<Incoming>> {
    let bad = |why: String| {
        Error::failure(format!(
            "bundle `{}` is not a secrets bundle: {why}",
            file.display()
        ))
    };
    // serde_json's own messages quote no input, only positions, so they are safe to show.
    let doc: BundleIn = serde_json::from_slice(plain).map_err(|e| bad(e.to_string()))?;
    if let Some(f) = &doc.format {
        if f != FORMAT {
            return Err(bad(format!(
                "its format is `{}`, not `{FORMAT}`",
                f.escape_default()
            )));
        }
    }
    if let Some(v) = doc.format_version {
        if v > FORMAT_VERSION {
            return Err(bad(format!(
                "it is format version {v}, newer than this meta reads ({FORMAT_VERSION})"
            ))
            .with_hint("upgrade meta"));
        }
    }
    let mut out = Vec::with_capacity(doc.secrets.len());
    for (i, e) in doc.secrets.into_iter().enumerate() {
        let full = if prefix.is_empty() {
            e.path.clone()
        } else {
            format!("{prefix}/{}", e.path)
        };
        path::check(&full).map_err(|err| err.context(format!("secret {} in the bundle", i + 1)))?;
        let value = match e.encoding.as_deref() {
            None | Some("utf8") => {
                let mut v = Zeroizing::new(Vec::with_capacity(e.value.0.len()));
                v.extend_from_slice(e.value.0.as_bytes());
                v
            }
            Some("base64") => {
                let mut v = Zeroizing::new(Vec::with_capacity(e.value.0.len()));
                base64::engine::general_purpose::STANDARD
                    .decode_vec(e.value.0.as_bytes(), &mut v)
                    .map_err(|_| bad(format!("the value of `{full}` is not valid base64")))?;
                v
            }
            Some(other) => {
                return Err(bad(format!(
                    "the encoding of `{full}` is `{}`, not `utf8` or `base64`",
                    other.escape_default()
                )))
            }
        };
        if value.len() > super::MAX_VALUE_BYTES {
            return Err(super::too_large().context(format!("secret `{full}` in the bundle")));
        }
        out.push(Incoming {
            path: full,
            created: e.created,
            value,
        });
    }
    // Grouped by path; a path's versions are taken in the order the bundle lists them
    // (an export lists them oldest first), so a hand-written bundle needs no numbers.
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Imports a bundle: every version whose value the secret does not already hold becomes
/// its next version; versions it holds are skipped. All or nothing, in one transaction.
pub fn import(
    state: &mut State,
    identity: &Path,
    file: &Path,
    bundle_identity: &Path,
    prefix: &str,
    dry_run: bool,
) -> Result<(ImportReport, Vec<StepView>)> {
    let prefix = path::prefix(prefix)?;
    let plain = open_bundle(file, bundle_identity)?;
    let incoming = parse(&plain, file, &prefix)?;
    drop(plain);
    let mut ring = KeyRing::new(identity);
    let work = |tx: &Tx, steps: &mut Vec<StepView>| -> Result<ImportReport> {
        let mut known: BTreeMap<String, Vec<Zeroizing<Vec<u8>>>> = BTreeMap::new();
        let mut next: BTreeMap<String, i64> = BTreeMap::new();
        let mut imported = Vec::new();
        let mut skipped = 0;
        ring.current(tx)?;
        for item in &incoming {
            if !known.contains_key(&item.path) {
                let rows = tx.secret_versions(&item.path)?;
                let mut values = Vec::with_capacity(rows.len());
                for row in &rows {
                    values.push(ring.open(tx, row)?);
                }
                known.insert(item.path.clone(), values);
                next.insert(item.path.clone(), tx.secret_next_version(&item.path)?);
                if rows.iter().any(|r| r.deleted.is_some()) {
                    // An import brings a deleted secret back, as a `set` does.
                    tx.secret_set_deleted(&item.path, None)?;
                    steps.push(StepView::state(
                        format!("secret/{}", item.path),
                        format!("bring back secret `{}`", item.path),
                    ));
                }
            }
            let values = known.get_mut(&item.path).expect("filled above");
            if values.iter().any(|v| v.as_slice() == item.value.as_slice()) {
                skipped += 1;
                continue;
            }
            let version = next[&item.path];
            let mut row = ring.seal(tx, &item.path, version, &item.value)?;
            if let Some(created) = &item.created {
                if time::OffsetDateTime::parse(
                    created,
                    &time::format_description::well_known::Rfc3339,
                )
                .is_ok()
                {
                    row.created = created.clone();
                }
            }
            tx.secret_insert(&row)?;
            steps.push(StepView::state(
                format!("secret/{}", item.path),
                format!("store version {version} of secret `{}`", item.path),
            ));
            values.push(item.value.clone());
            next.insert(item.path.clone(), version + 1);
            imported.push(ImportedVersion {
                path: item.path.clone(),
                version,
            });
        }
        Ok(ImportReport {
            imported,
            skipped,
            dry_run,
        })
    };
    state.change(dry_run, work)
}
