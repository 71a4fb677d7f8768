//! Cloud Monitoring v3: `projects.timeSeries.list`, every page, aligned per series.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::api_error;
use crate::core::error::Result;
use crate::core::http::{encode, join, Client, Request};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Metric {
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct MonitoredResource {
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypedValue {
    #[serde(default)]
    pub double_value: Option<f64>,
    /// int64 travels as a JSON string.
    #[serde(default)]
    pub int64_value: Option<String>,
}

impl TypedValue {
    pub fn as_f64(&self) -> Option<f64> {
        self.double_value
            .or_else(|| self.int64_value.as_deref().and_then(|v| v.parse().ok()))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeInterval {
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Point {
    #[serde(default)]
    pub interval: TimeInterval,
    #[serde(default)]
    pub value: TypedValue,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct TimeSeries {
    #[serde(default)]
    pub metric: Metric,
    #[serde(default)]
    pub resource: MonitoredResource,
    #[serde(default)]
    pub points: Vec<Point>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListTimeSeriesResponse {
    #[serde(default)]
    time_series: Vec<TimeSeries>,
    #[serde(default)]
    next_page_token: Option<String>,
}

/// One `timeSeries.list` question.
#[derive(Debug, Clone)]
pub struct SeriesQuery<'q> {
    pub filter: &'q str,
    /// RFC 3339.
    pub start_time: &'q str,
    pub end_time: &'q str,
    /// Like `60s`; at least 60 s.
    pub alignment_period: &'q str,
    /// Like `ALIGN_MEAN`.
    pub per_series_aligner: &'q str,
}

pub struct Monitoring<'a> {
    http: &'a Client,
    base: &'a str,
    token: &'a str,
}

impl<'a> Monitoring<'a> {
    pub fn new(http: &'a Client, base: &'a str, token: &'a str) -> Monitoring<'a> {
        Monitoring { http, base, token }
    }

    /// Every series matching the query, all pages.
    pub fn time_series(&self, project: &str, q: &SeriesQuery) -> Result<Vec<TimeSeries>> {
        let url = join(
            self.base,
            &format!("projects/{}/timeSeries", encode(project)),
        );
        let mut out = Vec::new();
        let mut page: Option<String> = None;
        loop {
            let mut req = Request::get(&url)
                .bearer(self.token)
                .query("filter", q.filter)
                .query("interval.startTime", q.start_time)
                .query("interval.endTime", q.end_time)
                .query("aggregation.alignmentPeriod", q.alignment_period)
                .query("aggregation.perSeriesAligner", q.per_series_aligner);
            if let Some(p) = &page {
                req = req.query("pageToken", p.clone());
            }
            let resp = self.http.send(&req)?;
            if !resp.is_success() {
                return Err(api_error(&resp, "timeSeries.list"));
            }
            let list: ListTimeSeriesResponse = resp.json("timeSeries.list")?;
            out.extend(list.time_series);
            match list.next_page_token.filter(|t| !t.is_empty()) {
                Some(next) => page = Some(next),
                None => return Ok(out),
            }
        }
    }
}
