//! Virtual machines on Compute Engine: listing, reading, the body `create` sends, health
//! from Cloud Monitoring and the autoscale decision. Everything here decides and reads
//! through `api::gcp`; it never prints. Changes are plans built by `ops::vm`.

pub mod autoscale;
pub mod health;
pub mod lock;
pub mod token;

use std::collections::BTreeMap;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::api::gcp::compute::{short_name, Compute, Instance};
use crate::api::gcp::monitoring::Monitoring;
use crate::core::error::{Error, Kind, Result};
use crate::core::http::Client;

/// Which project and zone the command acts in.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub project: String,
    pub zone: String,
}

/// Base URLs of the two APIs (config `gcp.compute_api`, `gcp.monitoring_api`).
#[derive(Debug, Clone)]
pub struct Endpoints {
    pub compute: String,
    pub monitoring: String,
}

/// An authenticated connection to one project and zone.
pub struct Session {
    pub http: Client,
    pub endpoints: Endpoints,
    pub target: Target,
    token: Zeroizing<String>,
}

impl Session {
    pub fn new(
        http: Client,
        endpoints: Endpoints,
        target: Target,
        token: Zeroizing<String>,
    ) -> Session {
        Session {
            http,
            endpoints,
            target,
            token,
        }
    }

    pub fn compute(&self) -> Compute<'_> {
        Compute::new(&self.http, &self.endpoints.compute, &self.token)
    }

    pub fn monitoring(&self) -> Monitoring<'_> {
        Monitoring::new(&self.http, &self.endpoints.monitoring, &self.token)
    }
}

/// A VM as `meta` shows it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Vm {
    pub name: String,
    pub zone: String,
    pub status: String,
    pub machine_type: String,
    pub internal_ip: Option<String>,
    pub external_ip: Option<String>,
    pub id: Option<String>,
    pub created: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub tags: Vec<String>,
}

impl From<Instance> for Vm {
    fn from(i: Instance) -> Vm {
        let nic = i.network_interfaces.first();
        Vm {
            zone: short_name(&i.zone).to_string(),
            status: i.status,
            machine_type: short_name(&i.machine_type).to_string(),
            internal_ip: nic.and_then(|n| n.network_ip.clone()),
            external_ip: nic.and_then(|n| n.access_configs.iter().find_map(|a| a.nat_ip.clone())),
            id: i.id,
            created: i.creation_timestamp,
            labels: i.labels,
            tags: i.tags.map(|t| t.items).unwrap_or_default(),
            name: i.name,
        }
    }
}

pub fn not_found(name: &str, target: &Target) -> Error {
    Error::not_found(format!(
        "VM `{name}` not found in project `{}`, zone `{}`",
        target.project, target.zone
    ))
    .with_hint("`meta vm list` shows the VMs of the zone; check `--project` and `--zone`")
}

/// Turns the API's 404 into the person's "no such VM".
fn named(err: Error, name: &str, target: &Target) -> Error {
    if err.kind == Kind::NotFound {
        not_found(name, target)
    } else {
        err
    }
}

pub fn list(session: &Session, filter: Option<&str>) -> Result<Vec<Vm>> {
    let t = &session.target;
    Ok(session
        .compute()
        .list(&t.project, &t.zone, filter)?
        .into_iter()
        .map(Vm::from)
        .collect())
}

pub fn instance(session: &Session, name: &str) -> Result<Instance> {
    let t = &session.target;
    session
        .compute()
        .get(&t.project, &t.zone, name)
        .map_err(|e| named(e, name, t))
}

pub fn get(session: &Session, name: &str) -> Result<Vm> {
    instance(session, name).map(Vm::from)
}

/// A VM name as Compute Engine accepts it (RFC 1035 label), checked before any call.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("`{name}` is not a valid VM name"))
            .with_hint("lowercase letters, digits and dashes, starting with a letter, at most 63 characters"))
    }
}

/// A machine type, image family or project id: the characters GCP names are made of.
pub fn check_token(what: &str, value: &str) -> Result<()> {
    let ok = !value.is_empty()
        && value.len() <= 100
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("`{value}` is not a valid {what}")))
    }
}

/// What `create` makes.
#[derive(Debug, Clone)]
pub struct CreateSpec {
    pub name: String,
    pub machine_type: String,
    pub image_family: String,
    pub image_project: String,
    pub disk_gb: u32,
    pub network: String,
    pub tags: Vec<String>,
    pub labels: BTreeMap<String, String>,
}

/// The `Instance` body of `instances.insert`, as gcloud sends it for the same flags.
pub fn create_body(target: &Target, spec: &CreateSpec) -> serde_json::Value {
    let mut body = serde_json::json!({
        "name": spec.name,
        "machineType": format!("zones/{}/machineTypes/{}", target.zone, spec.machine_type),
        "disks": [{
            "boot": true,
            "autoDelete": true,
            "initializeParams": {
                "sourceImage": format!("projects/{}/global/images/family/{}", spec.image_project, spec.image_family),
                "diskSizeGb": spec.disk_gb.to_string(),
            }
        }],
        "networkInterfaces": [{
            "network": format!("global/networks/{}", spec.network),
            "accessConfigs": [{"name": "External NAT", "type": "ONE_TO_ONE_NAT"}]
        }],
    });
    if !spec.tags.is_empty() {
        body["tags"] = serde_json::json!({ "items": spec.tags });
    }
    if !spec.labels.is_empty() {
        body["labels"] = serde_json::json!(spec.labels);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_rfc_1035() {
        assert!(check_name("web-1").is_ok());
        for bad in ["", "Web", "1web", "web-", "we_b", &"a".repeat(64)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn create_body_uses_the_discovery_field_names() {
        let t = Target {
            project: "p".into(),
            zone: "z".into(),
        };
        let spec = CreateSpec {
            name: "web".into(),
            machine_type: "e2-small".into(),
            image_family: "debian-12".into(),
            image_project: "debian-cloud".into(),
            disk_gb: 20,
            network: "default".into(),
            tags: vec!["http-server".into()],
            labels: [("env".to_string(), "prod".to_string())].into(),
        };
        let b = create_body(&t, &spec);
        assert_eq!(b["machineType"], "zones/z/machineTypes/e2-small");
        assert_eq!(
            b["disks"][0]["initializeParams"]["sourceImage"],
            "projects/debian-cloud/global/images/family/debian-12"
        );
        assert_eq!(b["disks"][0]["initializeParams"]["diskSizeGb"], "20");
        assert_eq!(b["tags"]["items"][0], "http-server");
        assert_eq!(b["labels"]["env"], "prod");
    }
}
