//! Changes to the state file that a plan commits together with its audit entry. They are
//! data, like the plan's other steps, so a plan finished by `meta recover --forward` in a
//! later process commits exactly what the interrupted one would have.

use serde::{Deserialize, Serialize};

use super::{BuiltBody, DecisionRow, ManagedRecordRow, Tx};
use crate::core::error::Result;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum StateOp {
    /// Remember the body generated into an instructions file.
    InstructionsBuilt {
        path: String,
        project: String,
        body_sha256: String,
        body: String,
    },
    /// Mark a DNS record as made (and so managed) by meta.
    DnsManagedPut { row: ManagedRecordRow },
    /// Forget that meta manages a DNS record.
    DnsManagedRemove {
        zone: String,
        name: String,
        kind: String,
    },
    /// Remember what an applied `dns sync` changed in a zone (the changes as JSON), so
    /// `dns undo` can put it back.
    DnsSyncApplied {
        zone_id: String,
        zone: String,
        changes: serde_json::Value,
    },
    /// The sync `id` of a zone was put back by `dns undo`: the next undo goes one further.
    DnsSyncUndone { id: i64 },
    /// The hostnames meta has put into a remotely-managed tunnel's ingress.
    TunnelRemoteSet {
        tunnel_id: String,
        hostnames: Vec<String>,
    },
    /// Record one autoscale evaluation of a VM (what its cooldown counts from).
    AutoscaleDecision { row: DecisionRow },
}

impl StateOp {
    pub fn apply(&self, tx: &Tx) -> Result<()> {
        match self {
            StateOp::InstructionsBuilt {
                path,
                project,
                body_sha256,
                body,
            } => tx.instructions_record(
                path,
                project,
                &BuiltBody {
                    body_sha256: body_sha256.clone(),
                    body: body.clone(),
                },
                &super::now(),
            ),
            StateOp::DnsManagedPut { row } => tx.dns_managed_put(row),
            StateOp::DnsManagedRemove { zone, name, kind } => {
                tx.dns_managed_remove(zone, name, kind).map(|_| ())
            }
            StateOp::DnsSyncApplied {
                zone_id,
                zone,
                changes,
            } => tx
                .dns_snapshot_insert(zone_id, zone, &changes.to_string())
                .map(|_| ()),
            StateOp::DnsSyncUndone { id } => tx.dns_snapshot_status(*id, "undone"),
            StateOp::TunnelRemoteSet {
                tunnel_id,
                hostnames,
            } => tx.tunnel_remote_set(tunnel_id, hostnames),
            StateOp::AutoscaleDecision { row } => tx.autoscale_insert(row),
        }
    }
}
