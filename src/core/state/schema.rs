//! The schema, as an append-only list of migrations keyed by `PRAGMA user_version`.
//! A migration, once released, is never edited: a change is a new entry.

use crate::core::error::Result;

/// `(version, SQL)`, in ascending order. Each runs once, in the migrating transaction.
const MIGRATIONS: &[(u32, &str)] = &[
    (
        1,
        r#"
CREATE TABLE projects (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    path              TEXT,
    range_start       INTEGER NOT NULL CHECK (range_start BETWEEN 1 AND 65535),
    range_end         INTEGER NOT NULL CHECK (range_end BETWEEN range_start AND 65535),
    instructions_file TEXT,
    created           TEXT NOT NULL
);
CREATE TABLE allocations (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    service    TEXT NOT NULL,
    port       INTEGER NOT NULL UNIQUE CHECK (port BETWEEN 1 AND 65535),
    hostname   TEXT UNIQUE,
    created    TEXT NOT NULL,
    UNIQUE (project_id, service)
);
CREATE TABLE reservations (
    id         INTEGER PRIMARY KEY,
    start_port INTEGER NOT NULL CHECK (start_port BETWEEN 1 AND 65535),
    end_port   INTEGER NOT NULL CHECK (end_port BETWEEN start_port AND 65535),
    reason     TEXT,
    created    TEXT NOT NULL
);
CREATE TABLE deployments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    spec       TEXT NOT NULL,
    applied    TEXT,
    created    TEXT NOT NULL,
    updated    TEXT NOT NULL
);
CREATE TABLE dev_envs (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    spec       TEXT NOT NULL,
    applied    TEXT,
    created    TEXT NOT NULL,
    updated    TEXT NOT NULL
);
CREATE TABLE keys (
    generation INTEGER PRIMARY KEY,
    wrapped    BLOB NOT NULL,
    created    TEXT NOT NULL
);
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    uid       INTEGER NOT NULL,
    command   TEXT NOT NULL,
    target    TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_target ON audit (target);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#,
    ),
    (
        2,
        r#"
CREATE TABLE secrets (
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    key_generation INTEGER NOT NULL REFERENCES keys(generation),
    nonce          BLOB NOT NULL,
    ciphertext     BLOB NOT NULL,
    created        TEXT NOT NULL,
    deleted        TEXT,
    UNIQUE (path, version)
);
"#,
    ),
    (
        4,
        r#"
CREATE TABLE instructions_outputs (
    path        TEXT PRIMARY KEY,
    project     TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    body        TEXT NOT NULL,
    built       TEXT NOT NULL
);
"#,
    ),
    (
        5,
        r#"
CREATE TABLE gcp_tokens (
    identity   TEXT NOT NULL,
    scopes     TEXT NOT NULL,
    generation INTEGER NOT NULL,
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    expires    INTEGER NOT NULL,
    created    TEXT NOT NULL,
    PRIMARY KEY (identity, scopes)
);
CREATE TABLE autoscale_decisions (
    id           INTEGER PRIMARY KEY,
    time         TEXT NOT NULL,
    project      TEXT NOT NULL,
    zone         TEXT NOT NULL,
    name         TEXT NOT NULL,
    machine_type TEXT NOT NULL,
    cpu_avg      REAL,
    cpu_max      REAL,
    decision     TEXT NOT NULL,
    target_type  TEXT,
    reason       TEXT NOT NULL,
    acted        INTEGER NOT NULL,
    outcome      TEXT NOT NULL
);
CREATE INDEX autoscale_decisions_vm ON autoscale_decisions (project, zone, name, id);
"#,
    ),
    (
        6,
        r#"
CREATE TABLE dns_managed (
    id      INTEGER PRIMARY KEY,
    zone    TEXT NOT NULL,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    content TEXT NOT NULL,
    proxied INTEGER NOT NULL,
    ttl     INTEGER NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (zone, name, type)
);
CREATE TABLE dns_snapshots (
    id      INTEGER PRIMARY KEY,
    zone_id TEXT NOT NULL,
    zone    TEXT NOT NULL,
    created TEXT NOT NULL,
    changes TEXT NOT NULL,
    status  TEXT NOT NULL
);
CREATE INDEX dns_snapshots_zone ON dns_snapshots (zone, id);
CREATE TABLE tunnel_remote_rules (
    tunnel_id TEXT NOT NULL,
    hostname  TEXT NOT NULL,
    PRIMARY KEY (tunnel_id, hostname)
);
"#,
    ),
    (
        8,
        r#"
CREATE TABLE journal_plans (
    id      INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    target  TEXT NOT NULL,
    pid     INTEGER NOT NULL,
    started TEXT NOT NULL,
    plan    TEXT NOT NULL
);
CREATE TABLE journal_steps (
    plan_id INTEGER NOT NULL REFERENCES journal_plans(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    undo    TEXT,
    done    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, seq)
);
ALTER TABLE audit ADD COLUMN detail TEXT NOT NULL DEFAULT '';
"#,
    ),
    (
        9,
        r#"
ALTER TABLE keys ADD COLUMN proof BLOB;
INSERT OR REPLACE INTO settings (key, value)
    SELECT 'keys_unproven_through', coalesce(max(generation), 0) FROM keys;
"#,
    ),
];

pub const LATEST_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings a schema at `current` up to `LATEST_VERSION`.
pub(super) fn apply(tx: &rusqlite::Transaction, current: u32) -> Result<()> {
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_ascend() {
        assert!(MIGRATIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
