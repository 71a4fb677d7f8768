//! The autoscale decision for one VM, made for an hourly cron job: from the CPU over the
//! window, one rung up the ladder, one down, or stay (minding the cooldown since the last
//! resize). `ops::vm::autoscale` reads, acts and records; this module only decides.

use serde::Serialize;
use time::OffsetDateTime;

use super::health::Stat;
use crate::core::error::{Error, Result};
use crate::core::state::{format_time, DecisionRow, State};

#[derive(Debug, Clone)]
pub struct Settings {
    /// Machine types from smallest to largest.
    pub ladder: Vec<String>,
    pub up_avg: f64,
    pub up_max: f64,
    pub down_avg: f64,
    pub minutes: u32,
    pub cooldown: time::Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Up,
    Down,
    Stay,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Up => "up",
            Verdict::Down => "down",
            Verdict::Stay => "stay",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub verdict: Verdict,
    /// The rung to move to, for up and down.
    pub target: Option<String>,
    pub reason: String,
}

/// Parses `T1,T2,T3` (smallest first): no empty or repeated rung.
pub fn parse_ladder(text: &str) -> Result<Vec<String>> {
    let rungs: Vec<String> = text.split(',').map(|r| r.trim().to_string()).collect();
    for (i, r) in rungs.iter().enumerate() {
        super::check_token("machine type in --ladder", r)?;
        if rungs[..i].contains(r) {
            return Err(Error::usage(format!("--ladder names `{r}` twice")));
        }
    }
    if rungs.len() < 2 {
        return Err(Error::usage(
            "--ladder needs at least two machine types, smallest first",
        ));
    }
    Ok(rungs)
}

/// Parses a duration like `6h`, `90m`, `1d12h`, `45s` (a bare number is hours).
pub fn parse_duration(text: &str) -> Result<time::Duration> {
    let bad = || {
        Error::usage(format!("`{text}` is not a duration"))
            .with_hint("write it like `6h`, `90m`, `1d12h` or `45s`")
    };
    let t = text.trim();
    if t.is_empty() {
        return Err(bad());
    }
    if let Ok(hours) = t.parse::<u32>() {
        return Ok(time::Duration::hours(i64::from(hours)));
    }
    let mut total = 0i64;
    let mut digits = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: i64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        let unit = match c {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return Err(bad()),
        };
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    Ok(time::Duration::seconds(total))
}

/// The decision, from the current type, the CPU over the window and the last resize.
/// A type not on the ladder is a usage error: the ladder is the person's statement of
/// which types this VM may take.
pub fn decide(
    current: &str,
    settings: &Settings,
    cpu: Option<Stat>,
    last_action: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Result<Decision> {
    let ladder = &settings.ladder;
    let rung = ladder.iter().position(|r| r == current).ok_or_else(|| {
        Error::usage(format!(
            "the VM is {current}, which is not on the ladder {}",
            ladder.join(",")
        ))
        .with_hint("add its current machine type to --ladder, or resize it onto the ladder first")
    })?;
    let stay = |reason: String| Decision {
        verdict: Verdict::Stay,
        target: None,
        reason,
    };
    let Some(cpu) = cpu else {
        return Ok(stay(format!(
            "no CPU data in the last {} minutes",
            settings.minutes
        )));
    };
    let (verdict, why) = if cpu.avg > settings.up_avg || cpu.max > settings.up_max {
        let why = if cpu.avg > settings.up_avg {
            format!("mean CPU {}% is above {}%", cpu.avg, settings.up_avg)
        } else {
            format!("max CPU {}% is above {}%", cpu.max, settings.up_max)
        };
        (Verdict::Up, why)
    } else if cpu.avg < settings.down_avg && cpu.max < settings.up_avg {
        (
            Verdict::Down,
            format!(
                "mean CPU {}% is below {}% and max {}% below {}%",
                cpu.avg, settings.down_avg, cpu.max, settings.up_avg
            ),
        )
    } else {
        return Ok(stay(format!(
            "CPU mean {}%, max {}% is within the thresholds",
            cpu.avg, cpu.max
        )));
    };
    let target = match verdict {
        Verdict::Up if rung + 1 < ladder.len() => ladder[rung + 1].clone(),
        Verdict::Up => return Ok(stay(format!("{why}, but {current} is the top rung"))),
        _ if rung > 0 => ladder[rung - 1].clone(),
        _ => return Ok(stay(format!("{why}, but {current} is the bottom rung"))),
    };
    if let Some(last) = last_action {
        let next = last + settings.cooldown;
        if now < next {
            return Ok(stay(format!(
                "{why}, but the cooldown since the last resize at {} lasts until {}",
                format_time(last),
                format_time(next)
            )));
        }
    }
    Ok(Decision {
        verdict,
        target: Some(target),
        reason: why,
    })
}

pub fn history(
    state: &mut State,
    project: &str,
    zone: &str,
    name: &str,
    limit: u32,
) -> Result<Vec<DecisionRow>> {
    state.read(|tx| tx.autoscale_history(project, zone, name, limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            ladder: vec![
                "e2-small".into(),
                "e2-medium".into(),
                "e2-standard-2".into(),
            ],
            up_avg: 70.0,
            up_max: 85.0,
            down_avg: 20.0,
            minutes: 120,
            cooldown: time::Duration::hours(6),
        }
    }

    fn cpu(avg: f64, max: f64) -> Option<Stat> {
        Some(Stat {
            avg,
            max,
            points: 10,
        })
    }

    #[test]
    fn decides_up_down_and_stay() {
        let now = OffsetDateTime::now_utc();
        let s = settings();
        let d = decide("e2-medium", &s, cpu(75.0, 80.0), None, now).unwrap();
        assert_eq!(
            (d.verdict, d.target.as_deref()),
            (Verdict::Up, Some("e2-standard-2"))
        );
        let d = decide("e2-medium", &s, cpu(40.0, 90.0), None, now).unwrap();
        assert_eq!(d.verdict, Verdict::Up);
        let d = decide("e2-medium", &s, cpu(10.0, 50.0), None, now).unwrap();
        assert_eq!(
            (d.verdict, d.target.as_deref()),
            (Verdict::Down, Some("e2-small"))
        );
        // A busy peak keeps the VM where it is even when the mean is low.
        let d = decide("e2-medium", &s, cpu(10.0, 75.0), None, now).unwrap();
        assert_eq!(d.verdict, Verdict::Stay);
        let d = decide("e2-standard-2", &s, cpu(95.0, 99.0), None, now).unwrap();
        assert_eq!(d.verdict, Verdict::Stay);
        assert!(d.reason.contains("top rung"));
        let d = decide("e2-small", &s, cpu(5.0, 9.0), None, now).unwrap();
        assert!(d.reason.contains("bottom rung"));
        let d = decide("e2-small", &s, None, None, now).unwrap();
        assert!(d.reason.contains("no CPU data"));
        assert!(decide("n1-standard-1", &s, cpu(50.0, 50.0), None, now).is_err());
    }

    #[test]
    fn cooldown_holds_an_action_back() {
        let now = OffsetDateTime::now_utc();
        let s = settings();
        let recent = now - time::Duration::hours(2);
        let d = decide("e2-medium", &s, cpu(90.0, 95.0), Some(recent), now).unwrap();
        assert_eq!(d.verdict, Verdict::Stay);
        assert!(d.reason.contains("cooldown"), "{}", d.reason);
        let old = now - time::Duration::hours(7);
        let d = decide("e2-medium", &s, cpu(90.0, 95.0), Some(old), now).unwrap();
        assert_eq!(d.verdict, Verdict::Up);
    }

    #[test]
    fn durations_and_ladders_parse() {
        assert_eq!(parse_duration("6h").unwrap(), time::Duration::hours(6));
        assert_eq!(parse_duration("1d12h").unwrap(), time::Duration::hours(36));
        assert_eq!(parse_duration("90m").unwrap(), time::Duration::minutes(90));
        assert_eq!(parse_duration("2").unwrap(), time::Duration::hours(2));
        for bad in ["", "h", "6x", "6h5", "-1h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_ladder("a-1, b-2").unwrap(), vec!["a-1", "b-2"]);
        assert!(parse_ladder("a-1").is_err());
        assert!(parse_ladder("a-1,a-1").is_err());
        assert!(parse_ladder("a-1,,b").is_err());
    }
}
