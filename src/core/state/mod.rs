//! The SQLite state file: opening, migrations and transactions. All SQL in `meta` lives
//! under this folder, one file per table family, behind typed methods on [`Tx`]; the
//! domains never see SQL, so another backend could stand in later.
//!
//! Every mutation runs in `BEGIN IMMEDIATE`, so cron, a git hook and a person at a shell
//! serialise on the write lock instead of racing; a lock not had within the timeout
//! (`META_LOCK_TIMEOUT`, default 10 s) is exit 7.

mod audit;
pub mod audit_chain;
mod dns;
mod instructions;
mod journal;
mod keys;
mod ops;
mod ports;
mod projects;
mod schema;
mod secrets;
mod vm;

pub use audit::AuditRow;
pub use dns::{HostnameAllocation, ManagedRecordRow, SnapshotRow};
pub use instructions::BuiltBody;
pub use journal::{refuse_unfinished, JournalPlan, JournalStep};
pub use keys::WrappedKey;
pub use ops::StateOp;
pub use ports::{AllocationRow, ReservationRow};
pub use projects::{ProjectRow, ProjectUsage};
pub use secrets::{SecretRow, SecretSummary, SecretVersion};
pub use vm::{DecisionRow, TokenRow};

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::core::error::{Error, Kind, Result};
use crate::core::plan::StepView;

/// The newest schema this build knows; a state file above it is refused, never touched.
pub use schema::LATEST_VERSION;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

pub struct State {
    conn: Connection,
    path: PathBuf,
    audit: Option<AuditContext>,
    /// What opening the file found worth telling (a file others can read), for the front
    /// end to show.
    warnings: Vec<String>,
    chain_key: audit_chain::ChainKey,
}

/// What the audit log records of a change: the command and its target, and who asked when
/// it is not the person at this shell (an agent's client, `mcp:NAME`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    pub command: String,
    pub target: String,
    /// Recorded as the entry's actor instead of the login name.
    pub actor: Option<String>,
}

/// What every write transaction that changes something records, inside the same
/// transaction (a change and its entry commit together or not at all), and the home folder
/// whose host lock tells a running plan from one cut short.
#[derive(Debug, Clone)]
struct AuditContext {
    audit: Audit,
    home: PathBuf,
}

/// A transaction on the state file: read-only (deferred) or a write (`BEGIN IMMEDIATE`).
/// Every typed query is a method on it, in the file of its table family.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    chain_key: &'a audit_chain::ChainKey,
}

impl<'a> Tx<'a> {
    pub(crate) fn conn(&self) -> &rusqlite::Transaction<'a> {
        &self.tx
    }

    /// What keys the audit chain in this transaction.
    pub fn chain_key(&self) -> &audit_chain::ChainKey {
        self.chain_key
    }
}

pub use crate::core::settings::lock_timeout;

/// What a path of the home is, for [`check_private`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Private {
    /// The home, or the folder of the state file: others must not write it. A folder with
    /// the sticky bit (`/tmp`) is fine for holding the state file, as others cannot
    /// replace what is in it; the home is never let off.
    Home,
    Folder,
    /// The state file or the identity: others must not write it, and should not read it.
    File,
}

/// Refuses a file or folder of the home that users other than its owner can write (anyone
/// could plant a key or a state there), with the `chmod` that fixes it; a file they can
/// read is a warning (returned), not refused. A path that does not exist passes: what
/// opens it says so.
pub fn check_private(path: &Path, what: &str, kind: Private) -> Result<Option<String>> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(None);
    };
    let mode = meta.permissions().mode();
    let (fixed, writable) = match kind {
        Private::Home => ("700", mode & 0o022 != 0),
        Private::Folder => ("700", mode & 0o022 != 0 && mode & 0o1000 == 0),
        Private::File => ("600", mode & 0o022 != 0),
    };
    let chmod = format!("chmod {fixed} {}", shell_quoted(path));
    if writable {
        return Err(Error::conflict(format!(
            "{what} `{}` is writable by other users (mode {:04o}); anyone who can write it could plant keys",
            path.display(),
            mode & 0o7777
        ))
        .with_hint(format!("make it private with `{chmod}`, then run the command again")));
    }
    if kind == Private::File && mode & 0o044 != 0 {
        return Ok(Some(format!(
            "{what} `{}` is readable by other users (mode {:04o}); make it private with `{chmod}`",
            path.display(),
            mode & 0o7777
        )));
    }
    Ok(None)
}

/// `path` as one shell word: as it is when it needs no quoting, in single quotes otherwise.
fn shell_quoted(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+:@,%=".contains(c));
    if plain {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

impl State {
    /// Opens an existing state file, migrating it forward if it is older than this build.
    /// A state file (or a folder holding it) that other users can write is refused; one
    /// they can read is opened with a warning (see [`State::take_warnings`]).
    pub fn open(path: &Path) -> Result<State> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            check_private(dir, "the folder of the state file", Private::Folder)?;
        }
        let warning = check_private(path, "the state file", Private::File)?;
        check_header(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| open_error(path, e))?;
        let mut state = State {
            conn,
            path: path.to_path_buf(),
            audit: None,
            warnings: warning.into_iter().collect(),
            chain_key: audit_chain::ChainKey::default(),
        };
        state.configure()?;
        state.check_is_meta()?;
        state.migrate()?;
        Ok(state)
    }

    /// What opening the file found worth telling, once.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Creates a new state file (mode 0600 from the first byte) and its schema.
    pub fn create(path: &Path) -> Result<State> {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| Error::io("create the state file", path, e))?;
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        let mut state = State {
            conn,
            path: path.to_path_buf(),
            audit: None,
            warnings: Vec::new(),
            chain_key: audit_chain::ChainKey::default(),
        };
        state.configure()?;
        state.migrate()?;
        Ok(state)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(lock_timeout()?)?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            let _: String = self
                .conn
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // With the WAL file kept (below), its old frames would stay valid and be read back
        // and checkpointed again by every later command; truncating it to nothing once it
        // has been checkpointed keeps the file without that cost.
        self.conn.pragma_update(None, "journal_size_limit", 0)?;
        // Keep the WAL file (emptied) when the last connection closes, instead of deleting
        // it: the unlink, and the folder fsync when the next command recreates it, cost a short
        // command such as `secret get` several milliseconds. The checkpoint on close still
        // runs, so state.db alone holds every committed change once no one has it open.
        let mut persist: std::os::raw::c_int = 1;
        // SAFETY: the handle is this open connection's; PERSIST_WAL reads and writes one int
        // through the pointer, which outlives the call.
        unsafe {
            rusqlite::ffi::sqlite3_file_control(
                self.conn.handle(),
                c"main".as_ptr(),
                rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
                (&mut persist as *mut std::os::raw::c_int).cast(),
            );
        }
        Ok(())
    }

    /// A file that is SQLite but not ours (no schema version, yet tables) is refused.
    fn check_is_meta(&self) -> Result<()> {
        let version = self.user_version()?;
        if version == 0 {
            let tables: i64 =
                self.conn
                    .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(not_meta(
                    &self.path,
                    "it is an SQLite file of something else",
                ));
            }
        }
        Ok(())
    }

    fn user_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let version = self.user_version()?;
        if version > LATEST_VERSION {
            return Err(newer_state(&self.path, version));
        }
        if version == LATEST_VERSION {
            return Ok(());
        }
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(map_sqlite_error)?;
        // Another process may have migrated while this one waited for the lock.
        let current: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current > LATEST_VERSION {
            return Err(newer_state(&path, current));
        }
        schema::apply(&tx, current)?;
        tx.commit().map_err(map_sqlite_error)?;
        Ok(())
    }

    /// For a command that only reads and then appends its audit entry (`secret get`): leave
    /// the checkpoint of the WAL to the next command that closes the state, so a read does
    /// not pay the fsyncs of copying three pages into state.db. SQLite reads both files, so
    /// nothing is lost; only a copy of state.db without its `-wal` file would lack the newest
    /// audit entries. Once the WAL has grown past 1 MiB, the checkpoint runs as usual.
    pub fn defer_checkpoint(&self) -> Result<()> {
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let small = std::fs::metadata(&wal).map_or(true, |m| m.len() < 1 << 20);
        if small {
            self.conn.set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                true,
            )?;
        }
        Ok(())
    }

    /// The key of the audit chain (derived from the identity), or why there is none.
    pub fn set_chain_key(&mut self, key: audit_chain::ChainKey) {
        self.chain_key = key;
    }

    /// From now on, every write transaction that changes a row also appends an audit entry
    /// for `context` before it commits, and refuses while a plan lies unfinished.
    pub fn audit_as(&mut self, audit: Option<Audit>, home: &Path) {
        self.audit = audit.map(|audit| AuditContext {
            audit,
            home: home.to_path_buf(),
        });
    }

    /// Runs `f` in a write transaction (`BEGIN IMMEDIATE`); commits when it returns `Ok`.
    /// A transaction that changed no row is rolled back, so a command that changes nothing
    /// writes nothing; one that changed something carries its audit entry (see
    /// [`State::audit_as`]).
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let audit = self.audit.as_ref();
        let tx = begin(
            &mut self.conn,
            &self.chain_key,
            TransactionBehavior::Immediate,
        )?;
        let before = tx.tx.total_changes();
        let value = f(&tx)?;
        if tx.tx.total_changes() == before {
            tx.tx.rollback().map_err(map_sqlite_error)?;
            return Ok(value);
        }
        if let Some(a) = audit {
            journal::refuse_unfinished(&tx, &a.home)?;
            audit_chain::append_by(&tx, &a.audit, "ok", "")?;
        }
        tx.tx.commit().map_err(map_sqlite_error)?;
        Ok(value)
    }

    /// The one way a state-only operation changes the state file. `f` decides and makes
    /// its changes in a write transaction, recording one [`StepView`] for each change it
    /// makes. With `dry_run` (or when `f` records no step) the transaction is rolled back,
    /// so `--dry-run` shows exactly the steps a real run takes; otherwise the audit entry,
    /// carrying one `kind: summary` line per step, is committed with the change.
    pub fn change<T>(
        &mut self,
        dry_run: bool,
        f: impl FnOnce(&Tx, &mut Vec<StepView>) -> Result<T>,
    ) -> Result<(T, Vec<StepView>)> {
        let audit = self.audit.as_ref();
        let behavior = if dry_run {
            TransactionBehavior::Deferred
        } else {
            TransactionBehavior::Immediate
        };
        let tx = begin(&mut self.conn, &self.chain_key, behavior)?;
        let before = tx.tx.total_changes();
        let mut steps = Vec::new();
        let value = f(&tx, &mut steps)?;
        if dry_run || steps.is_empty() {
            debug_assert!(
                dry_run || tx.tx.total_changes() == before,
                "a change to the state file recorded no step"
            );
            tx.tx.rollback().map_err(map_sqlite_error)?;
            return Ok((value, steps));
        }
        if let Some(a) = audit {
            journal::refuse_unfinished(&tx, &a.home)?;
            let detail = crate::core::plan::detail_of(&steps);
            audit_chain::append_by(&tx, &a.audit, "ok", &detail)?;
        }
        tx.tx.commit().map_err(map_sqlite_error)?;
        Ok((value, steps))
    }

    /// Records a read that hands out values (`secret get`): the audit entry alone, in a
    /// write transaction of its own.
    pub fn record_read(&mut self) -> Result<()> {
        let Some(a) = self.audit.as_ref() else {
            return Ok(());
        };
        let tx = begin(
            &mut self.conn,
            &self.chain_key,
            TransactionBehavior::Immediate,
        )?;
        audit_chain::append_by(&tx, &a.audit, "ok", "")?;
        tx.tx.commit().map_err(map_sqlite_error)?;
        Ok(())
    }

    /// A write transaction that records nothing by itself: for the plan engine, which
    /// writes its own journal and audit entries, and for `init`.
    pub fn write_unaudited<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = begin(
            &mut self.conn,
            &self.chain_key,
            TransactionBehavior::Immediate,
        )?;
        let value = f(&tx)?;
        tx.tx.commit().map_err(map_sqlite_error)?;
        Ok(value)
    }

    /// Runs `f` in a read transaction: one consistent snapshot, never blocks a writer.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = begin(
            &mut self.conn,
            &self.chain_key,
            TransactionBehavior::Deferred,
        )?;
        let value = f(&tx)?;
        tx.tx.finish().map_err(map_sqlite_error)?;
        Ok(value)
    }
}

/// Opens a transaction that carries the audit chain's key, for every append inside it.
fn begin<'a>(
    conn: &'a mut Connection,
    chain_key: &'a audit_chain::ChainKey,
    behavior: TransactionBehavior,
) -> Result<Tx<'a>> {
    let tx = conn
        .transaction_with_behavior(behavior)
        .map_err(map_sqlite_error)?;
    Ok(Tx { tx, chain_key })
}

fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| {
        Error::io("open the state file", path, e).with_hint(
            "run `meta init` first, or point `--home`/`--state` at an existing state file",
        )
    })?;
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(Error::io("read the state file", path, e)),
        }
    }
    if read == 0 {
        return Err(not_meta(path, "it is empty"));
    }
    if read < header.len() || &header != SQLITE_MAGIC {
        return Err(not_meta(path, "it is not an SQLite database"));
    }
    Ok(())
}

fn not_meta(path: &Path, why: &str) -> Error {
    Error::failure(format!(
        "`{}` is not a meta state file: {why}",
        path.display()
    ))
    .with_hint("check `--state`/`META_STATE`; meta leaves this file as it is")
}

fn newer_state(path: &Path, version: u32) -> Error {
    Error::failure(format!(
        "state file `{}` is at schema version {version}, newer than this meta understands ({LATEST_VERSION})",
        path.display()
    ))
    .with_hint("upgrade meta; an older meta never migrates a state file down or writes to it")
}

fn open_error(path: &Path, err: rusqlite::Error) -> Error {
    map_sqlite_error(err).context(format!("cannot open state file `{}`", path.display()))
}

/// Lets `?` turn SQLite's errors into the tool's inside the SQL files here. It lives beside
/// [`map_sqlite_error`] so the crate-wide error type never names rusqlite; nothing outside
/// `core::state` sees a `rusqlite::Error` to convert.
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        map_sqlite_error(err)
    }
}

/// SQLite's failures in the terms of the exit-code table.
pub(crate) fn map_sqlite_error(err: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    if let rusqlite::Error::SqliteFailure(code, _) = &err {
        match code.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                return Error::new(
                    Kind::Busy,
                    "the state file is busy: another meta holds the write lock",
                )
                .with_hint("try again, or raise META_LOCK_TIMEOUT (seconds, default 10)");
            }
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                return Error::failure(format!("the state file is damaged: {err}"))
                    .with_hint("restore it from a backup; meta has not written to it");
            }
            ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                return Error::failure(format!("cannot write the state file: {err}"));
            }
            _ => {}
        }
    }
    Error::failure(format!("state file: {err}"))
}

/// The smallest text above every text that starts with `prefix`, in the byte order SQLite
/// compares text in (its BINARY collation): `col >= prefix AND col < upper` is then a range
/// that an index on `col` serves, where `substr(col, 1, length(prefix)) = prefix` reads
/// every row. UTF-8 keeps code-point order in byte order, so `upper` is the prefix with its
/// last character moved to the next code point (past the surrogates); a last character
/// without a next one (U+10FFFF) is dropped and the one before it moved instead. `None`
/// when nothing bounds the range: an empty prefix, or one made of U+10FFFF alone.
///
/// (PostgreSQL compares text this way only under the `C` collation, which a prefix range
/// there has to ask for.)
pub(crate) fn prefix_upper(prefix: &str) -> Option<String> {
    let mut upper = prefix.to_string();
    while let Some(last) = upper.pop() {
        let next = match last as u32 + 1 {
            0xD800 => Some('\u{E000}'),
            n => char::from_u32(n),
        };
        if let Some(next) = next {
            upper.push(next);
            return Some(upper);
        }
    }
    None
}

/// The current time as stored in the state file and shown to people: RFC 3339, UTC, seconds.
pub fn now() -> String {
    format_time(time::OffsetDateTime::now_utc())
}

pub fn format_time(t: time::OffsetDateTime) -> String {
    let t = t
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_upper_is_the_next_text_after_every_text_with_the_prefix() {
        assert_eq!(prefix_upper("app/web/").as_deref(), Some("app/web0"));
        assert_eq!(prefix_upper("secret/a").as_deref(), Some("secret/b"));
        assert_eq!(prefix_upper("z").as_deref(), Some("{"));
        assert_eq!(prefix_upper("\u{7f}").as_deref(), Some("\u{80}"));
        assert_eq!(prefix_upper("a\u{D7FF}").as_deref(), Some("a\u{E000}"));
        assert_eq!(prefix_upper("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_upper("a\u{10FFFF}\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_upper("\u{10FFFF}"), None);
        assert_eq!(prefix_upper(""), None);
    }

    #[test]
    fn prefix_upper_bounds_exactly_the_texts_with_the_prefix() {
        let texts = [
            "",
            "a",
            "a\u{7f}",
            "a\u{80}",
            "a\u{10FFFF}",
            "a\u{10FFFF}x",
            "ab",
            "ab\u{0}",
            "ab/",
            "ab0",
            "ab\u{7f}",
            "ab\u{80}",
            "ab\u{D7FF}",
            "ab\u{E000}",
            "ac",
            "b",
            "\u{10FFFF}",
        ];
        for prefix in texts {
            let upper = prefix_upper(prefix);
            for text in texts {
                let in_range = text >= prefix && upper.as_deref().is_none_or(|u| text < u);
                assert_eq!(in_range, text.starts_with(prefix), "{prefix:?} {text:?}");
            }
        }
    }
}
