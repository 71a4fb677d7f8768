//! A VM's recent load from Cloud Monitoring: CPU from Compute Engine's own metric, memory
//! and disk from the Ops Agent when it reports them, and which of them are over the
//! thresholds the person gave.

use serde::Serialize;
use time::OffsetDateTime;

use super::{instance, Session};
use crate::api::gcp::monitoring::{SeriesQuery, TimeSeries};
use crate::core::error::{Error, Result};
use crate::core::state::format_time;

pub const CPU_METRIC: &str = "compute.googleapis.com/instance/cpu/utilization";
pub const MEMORY_METRIC: &str = "agent.googleapis.com/memory/percent_used";
pub const DISK_METRIC: &str = "agent.googleapis.com/disk/percent_used";

/// Mean and maximum over the window, in percent, and how many aligned points made them.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Stat {
    pub avg: f64,
    pub max: f64,
    pub points: usize,
}

impl Stat {
    pub fn of(values: &[f64]) -> Option<Stat> {
        if values.is_empty() {
            return None;
        }
        let sum: f64 = values.iter().sum();
        let max = values.iter().copied().fold(f64::MIN, f64::max);
        Some(Stat {
            avg: round(sum / values.len() as f64),
            max: round(max),
            points: values.len(),
        })
    }
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DiskStat {
    pub device: String,
    #[serde(flatten)]
    pub stat: Stat,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Thresholds {
    pub cpu: Option<f64>,
    pub memory: Option<f64>,
    pub disk: Option<f64>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Health {
    pub name: String,
    pub zone: String,
    pub minutes: u32,
    pub cpu: Option<Stat>,
    pub memory: Option<Stat>,
    pub disks: Vec<DiskStat>,
    /// False when the Ops Agent reported neither memory nor disk in the window.
    pub agent_reporting: bool,
    /// What is over a threshold, one sentence each; not empty means unhealthy (exit 9).
    pub problems: Vec<String>,
}

/// The window `[now - minutes, now]` as RFC 3339 text.
pub fn window(now: OffsetDateTime, minutes: u32) -> (String, String) {
    let start = now - time::Duration::minutes(i64::from(minutes));
    (format_time(start), format_time(now))
}

fn series(session: &Session, filter: &str, start: &str, end: &str) -> Result<Vec<TimeSeries>> {
    session.monitoring().time_series(
        &session.target.project,
        &SeriesQuery {
            filter,
            start_time: start,
            end_time: end,
            alignment_period: "60s",
            per_series_aligner: "ALIGN_MEAN",
        },
    )
}

fn values(series: &[TimeSeries], scale: f64) -> Vec<f64> {
    series
        .iter()
        .flat_map(|s| s.points.iter())
        .filter_map(|p| p.value.as_f64())
        .map(|v| v * scale)
        .collect()
}

pub fn check_minutes(minutes: u32) -> Result<()> {
    if (1..=60 * 24 * 42).contains(&minutes) {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "--minutes must be between 1 and 60480 (six weeks), not {minutes}"
        )))
    }
}

/// CPU utilisation of the VM over the window, in percent (the metric is a fraction, and may
/// pass 100 % on bursting types).
pub fn cpu(
    session: &Session,
    name: &str,
    minutes: u32,
    now: OffsetDateTime,
) -> Result<Option<Stat>> {
    let (start, end) = window(now, minutes);
    let filter = format!(
        "metric.type=\"{CPU_METRIC}\" AND metric.labels.instance_name=\"{name}\" AND resource.labels.zone=\"{}\"",
        session.target.zone
    );
    Ok(Stat::of(&values(
        &series(session, &filter, &start, &end)?,
        100.0,
    )))
}

pub fn health(
    session: &Session,
    name: &str,
    minutes: u32,
    thresholds: Thresholds,
    now: OffsetDateTime,
) -> Result<Health> {
    let inst = instance(session, name)?;
    let id = inst.id.clone().unwrap_or_default();
    let cpu = cpu(session, name, minutes, now)?;
    let (start, end) = window(now, minutes);
    // Agent metrics carry no instance name: the instance id is what ties them to this VM.
    let memory_filter = format!(
        "metric.type=\"{MEMORY_METRIC}\" AND metric.labels.state=\"used\" AND resource.labels.instance_id=\"{id}\""
    );
    let memory = Stat::of(&values(
        &series(session, &memory_filter, &start, &end)?,
        1.0,
    ));
    let disk_filter = format!(
        "metric.type=\"{DISK_METRIC}\" AND metric.labels.state=\"used\" AND resource.labels.instance_id=\"{id}\""
    );
    let mut disks: Vec<DiskStat> = series(session, &disk_filter, &start, &end)?
        .into_iter()
        .filter_map(|s| {
            let device = s.metric.labels.get("device").cloned().unwrap_or_default();
            if device.contains("loop") {
                return None;
            }
            Stat::of(&values(std::slice::from_ref(&s), 1.0)).map(|stat| DiskStat { device, stat })
        })
        .collect();
    disks.sort_by(|a, b| a.device.cmp(&b.device));
    let mut problems = Vec::new();
    if let (Some(limit), Some(c)) = (thresholds.cpu, cpu) {
        if c.avg > limit || c.max > limit {
            problems.push(format!(
                "CPU of `{name}` is over {limit}% (mean {}%, max {}%)",
                c.avg, c.max
            ));
        }
    }
    if let (Some(limit), Some(m)) = (thresholds.memory, memory) {
        if m.max > limit {
            problems.push(format!(
                "memory of `{name}` is over {limit}% (mean {}%, max {}%)",
                m.avg, m.max
            ));
        }
    }
    if let Some(limit) = thresholds.disk {
        for d in &disks {
            if d.stat.max > limit {
                problems.push(format!(
                    "disk {} of `{name}` is over {limit}% ({}% used)",
                    d.device, d.stat.max
                ));
            }
        }
    }
    Ok(Health {
        name: name.to_string(),
        zone: session.target.zone.clone(),
        minutes,
        cpu,
        agent_reporting: memory.is_some() || !disks.is_empty(),
        memory,
        disks,
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_is_mean_and_max() {
        let s = Stat::of(&[10.0, 20.0, 60.0]).unwrap();
        assert_eq!((s.avg, s.max, s.points), (30.0, 60.0, 3));
        assert!(Stat::of(&[]).is_none());
    }
}
