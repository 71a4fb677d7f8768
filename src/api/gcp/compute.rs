//! Compute Engine v1: zone instances (`instances.list/get/insert/start/stop/delete/
//! setMachineType`) and zone operations (`zoneOperations.wait`). A mutation is first an
//! [`ApiCall`] value (what `--dry-run` shows), then executed; each carries a `requestId`
//! that stays the same on retry, so the API does a retried call once.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::api_error;
use crate::core::error::{Error, RemoteDetail, Result};
use crate::core::http::{encode, join, Client, Method, Request};

/// Page size for `instances.list`: the API's maximum.
pub const MAX_RESULTS: u32 = 500;

/// `zoneOperations.wait` returns by itself near two minutes; the read timeout of that call
/// must outlast it.
const WAIT_CALL_TIMEOUT: Duration = Duration::from_secs(150);

/// How long one operation may take before `meta` stops waiting and says so.
const OPERATION_DEADLINE: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Instance {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub machine_type: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub zone: String,
    #[serde(default)]
    pub creation_timestamp: Option<String>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub tags: Option<Tags>,
    #[serde(default)]
    pub network_interfaces: Vec<NetworkInterface>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Tags {
    #[serde(default)]
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkInterface {
    #[serde(default, rename = "networkIP")]
    pub network_ip: Option<String>,
    #[serde(default)]
    pub access_configs: Vec<AccessConfig>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessConfig {
    #[serde(default, rename = "natIP")]
    pub nat_ip: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OperationList {
    #[serde(default)]
    items: Vec<Operation>,
    #[serde(default)]
    next_page_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct InstanceList {
    #[serde(default)]
    items: Vec<Instance>,
    #[serde(default)]
    next_page_token: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    pub name: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub operation_type: String,
    /// The resource the operation acts on (a full URL).
    #[serde(default)]
    pub target_link: String,
    #[serde(default)]
    pub progress: Option<i64>,
    #[serde(default)]
    pub error: Option<OperationError>,
    #[serde(default)]
    pub http_error_message: Option<String>,
    /// The HTTP status the operation failed with (`httpErrorStatusCode`), when it failed.
    #[serde(default)]
    pub http_error_status_code: Option<u16>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct OperationError {
    #[serde(default)]
    pub errors: Vec<OperationErrorItem>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct OperationErrorItem {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub message: String,
}

/// A mutating call as it will be sent: method, path below the Compute base URL, body.
#[derive(Debug, Clone, Serialize)]
pub struct ApiCall {
    pub method: &'static str,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
    /// One per call, kept across retries.
    pub request_id: String,
}

fn instances_path(project: &str, zone: &str) -> String {
    format!(
        "projects/{}/zones/{}/instances",
        encode(project),
        encode(zone)
    )
}

fn instance_path(project: &str, zone: &str, name: &str) -> String {
    format!("{}/{}", instances_path(project, zone), encode(name))
}

/// A random (version 4) UUID, the form `requestId` wants.
pub fn request_id() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

pub fn call_insert(project: &str, zone: &str, instance: serde_json::Value) -> ApiCall {
    ApiCall {
        method: "POST",
        path: instances_path(project, zone),
        body: Some(instance),
        request_id: request_id(),
    }
}

pub fn call_start(project: &str, zone: &str, name: &str) -> ApiCall {
    ApiCall {
        method: "POST",
        path: format!("{}/start", instance_path(project, zone, name)),
        body: None,
        request_id: request_id(),
    }
}

pub fn call_stop(project: &str, zone: &str, name: &str) -> ApiCall {
    ApiCall {
        method: "POST",
        path: format!("{}/stop", instance_path(project, zone, name)),
        body: None,
        request_id: request_id(),
    }
}

pub fn call_delete(project: &str, zone: &str, name: &str) -> ApiCall {
    ApiCall {
        method: "DELETE",
        path: instance_path(project, zone, name),
        body: None,
        request_id: request_id(),
    }
}

pub fn call_set_machine_type(project: &str, zone: &str, name: &str, machine_type: &str) -> ApiCall {
    ApiCall {
        method: "POST",
        path: format!("{}/setMachineType", instance_path(project, zone, name)),
        body: Some(serde_json::json!({
            "machineType": format!("zones/{zone}/machineTypes/{machine_type}")
        })),
        request_id: request_id(),
    }
}

/// The last segment of a resource URL (`…/machineTypes/e2-small` → `e2-small`).
pub fn short_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// Compute Engine for one access token.
pub struct Compute<'a> {
    http: &'a Client,
    base: &'a str,
    token: &'a str,
}

impl<'a> Compute<'a> {
    pub fn new(http: &'a Client, base: &'a str, token: &'a str) -> Compute<'a> {
        Compute { http, base, token }
    }

    fn request(&self, method: Method, path: &str) -> Request {
        Request::new(method, join(self.base, path)).bearer(self.token)
    }

    /// Every instance of the zone, following `nextPageToken` to the last page.
    pub fn list(&self, project: &str, zone: &str, filter: Option<&str>) -> Result<Vec<Instance>> {
        let mut all = Vec::new();
        let mut page: Option<String> = None;
        loop {
            let mut req = self
                .request(Method::Get, &instances_path(project, zone))
                .query("maxResults", MAX_RESULTS.to_string());
            if let Some(f) = filter {
                req = req.query("filter", f);
            }
            if let Some(p) = &page {
                req = req.query("pageToken", p.clone());
            }
            let resp = self.http.send(&req)?;
            if !resp.is_success() {
                return Err(api_error(&resp, "instances.list"));
            }
            let list: InstanceList = resp.json("instances.list")?;
            all.extend(list.items);
            match list.next_page_token.filter(|t| !t.is_empty()) {
                Some(next) => page = Some(next),
                None => return Ok(all),
            }
        }
    }

    pub fn get(&self, project: &str, zone: &str, name: &str) -> Result<Instance> {
        let resp = self
            .http
            .send(&self.request(Method::Get, &instance_path(project, zone, name)))?;
        if !resp.is_success() {
            return Err(api_error(&resp, "instances.get"));
        }
        resp.json("instances.get")
    }

    /// The zone's operations that are not `DONE` (`zoneOperations.list`), every page.
    pub fn pending_operations(&self, project: &str, zone: &str) -> Result<Vec<Operation>> {
        let path = format!(
            "projects/{}/zones/{}/operations",
            encode(project),
            encode(zone)
        );
        let mut all = Vec::new();
        let mut page: Option<String> = None;
        loop {
            let mut req = self
                .request(Method::Get, &path)
                .query("filter", "status != DONE")
                .query("maxResults", MAX_RESULTS.to_string());
            if let Some(p) = &page {
                req = req.query("pageToken", p.clone());
            }
            let resp = self.http.send(&req)?;
            if !resp.is_success() {
                return Err(api_error(&resp, "zoneOperations.list"));
            }
            let list: OperationList = resp.json("zoneOperations.list")?;
            all.extend(list.items.into_iter().filter(|o| o.status != "DONE"));
            match list.next_page_token.filter(|t| !t.is_empty()) {
                Some(next) => page = Some(next),
                None => return Ok(all),
            }
        }
    }

    /// Sends a mutation; returns the zone operation it started.
    pub fn execute(&self, call: &ApiCall) -> Result<Operation> {
        let method = match call.method {
            "DELETE" => Method::Delete,
            "GET" => Method::Get,
            _ => Method::Post,
        };
        let mut req = self
            .request(method, &call.path)
            .query("requestId", call.request_id.clone());
        if let Some(body) = &call.body {
            req = req.json(body.clone());
        }
        let resp = self.http.send(&req)?;
        if !resp.is_success() {
            return Err(api_error(&resp, &format!("{} {}", call.method, call.path)));
        }
        resp.json("a Compute Engine mutation")
    }

    /// Waits for a zone operation with `zoneOperations.wait` until it is `DONE` (the call
    /// may return before), then turns `error.errors[]` into an error: DONE is not success.
    pub fn wait(
        &self,
        project: &str,
        zone: &str,
        operation: &Operation,
        mut on_poll: impl FnMut(&Operation),
    ) -> Result<Operation> {
        let started = Instant::now();
        let mut op = operation.clone();
        let mut pace = Duration::from_millis(50);
        while op.status != "DONE" {
            if started.elapsed() > OPERATION_DEADLINE {
                return Err(Error::remote(format!(
                    "operation `{}` is still {} after {} minutes",
                    op.name,
                    op.status,
                    OPERATION_DEADLINE.as_secs() / 60
                ))
                .with_hint("it may still finish: look at it in the Cloud console, then run the command again"));
            }
            let path = format!(
                "projects/{}/zones/{}/operations/{}/wait",
                encode(project),
                encode(zone),
                encode(&op.name)
            );
            let polled = Instant::now();
            let resp = self
                .http
                .send(&self.request(Method::Post, &path).timeout(WAIT_CALL_TIMEOUT))?;
            if !resp.is_success() {
                return Err(api_error(&resp, "zoneOperations.wait"));
            }
            op = resp.json("zoneOperations.wait")?;
            on_poll(&op);
            // The real call blocks server-side; one that answers at once and not DONE is
            // polled again after a short, growing pause instead of in a tight loop.
            if op.status != "DONE" && polled.elapsed() < Duration::from_secs(1) {
                std::thread::sleep(pace);
                pace = (pace * 2).min(Duration::from_secs(2));
            }
        }
        if let Some(errors) = op.error.as_ref().filter(|e| !e.errors.is_empty()) {
            let text: Vec<String> = errors
                .errors
                .iter()
                .map(|e| match (e.code.is_empty(), e.message.is_empty()) {
                    (false, false) => format!("{}: {}", e.code, e.message),
                    (true, false) => e.message.clone(),
                    _ => e.code.clone(),
                })
                .collect();
            return Err(operation_failed(&op, &text));
        }
        Ok(op)
    }
}

/// A zone operation that ended DONE with `error.errors[]`: the first error's code
/// (`ZONE_RESOURCE_POOL_EXHAUSTED`) and message are the API's answer.
fn operation_failed(op: &Operation, text: &[String]) -> Error {
    let first = op.error.as_ref().and_then(|e| e.errors.first());
    Error::remote(format!(
        "operation `{}` ({}) failed: {}",
        op.name,
        op.operation_type,
        text.join("; ")
    ))
    .with_remote(RemoteDetail {
        status: op.http_error_status_code,
        code: first.map(|e| e.code.clone()).filter(|c| !c.is_empty()),
        message: first
            .map(|e| e.message.clone())
            .filter(|m| !m.is_empty())
            .or_else(|| op.http_error_message.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_v4_uuids() {
        let id = request_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"));
        assert_ne!(id, request_id());
    }

    #[test]
    fn set_machine_type_body_is_a_zone_relative_url() {
        let call = call_set_machine_type("p", "europe-west1-b", "web", "e2-medium");
        assert_eq!(
            call.path,
            "projects/p/zones/europe-west1-b/instances/web/setMachineType"
        );
        assert_eq!(
            call.body.unwrap()["machineType"],
            "zones/europe-west1-b/machineTypes/e2-medium"
        );
        assert_eq!(
            short_name("https://x/zones/z/machineTypes/e2-small"),
            "e2-small"
        );
    }

    #[test]
    fn a_failed_operation_keeps_its_error_code() {
        let op: Operation = serde_json::from_str(
            r#"{"name": "operation-1", "status": "DONE", "operationType": "start",
                "httpErrorStatusCode": 503, "httpErrorMessage": "SERVICE UNAVAILABLE",
                "error": {"errors": [{"code": "ZONE_RESOURCE_POOL_EXHAUSTED",
                "message": "The zone does not have enough resources"}]}}"#,
        )
        .unwrap();
        let err = operation_failed(&op, &["x".to_string()]);
        assert_eq!(err.status(), Some(503));
        assert_eq!(err.api_code(), Some("ZONE_RESOURCE_POOL_EXHAUSTED"));
        assert_eq!(
            err.remote.unwrap().message.as_deref(),
            Some("The zone does not have enough resources")
        );
    }
}
