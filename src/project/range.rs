//! Port ranges as people write them (`3000-3999`) and the arithmetic on them.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::core::error::Error;

/// An inclusive range of TCP ports, `start <= end`, both in 1..=65535.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PortRange {
    pub start: u16,
    pub end: u16,
}

/// The size of the block a project gets when no range is asked for, and where blocks start.
pub const BLOCK_SIZE: u32 = 1000;
pub const FIRST_BLOCK: u32 = 3000;

impl PortRange {
    pub fn new(start: u16, end: u16) -> Result<PortRange, Error> {
        if start == 0 {
            return Err(Error::usage(
                "port 0 is not a port that can be allocated; ports run from 1 to 65535",
            ));
        }
        if start > end {
            return Err(
                Error::usage(format!("range `{start}-{end}` runs backwards"))
                    .with_hint(format!("write it low to high: `{end}-{start}`")),
            );
        }
        Ok(PortRange { start, end })
    }

    pub fn len(&self) -> u32 {
        u32::from(self.end) - u32::from(self.start) + 1
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn contains(&self, port: u16) -> bool {
        (self.start..=self.end).contains(&port)
    }

    pub fn overlaps(&self, other: &PortRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The first `BLOCK_SIZE` block at or above `FIRST_BLOCK` that overlaps none of `taken`.
    pub fn next_free_block(taken: &[PortRange]) -> Option<PortRange> {
        let mut start = FIRST_BLOCK;
        while start + BLOCK_SIZE - 1 <= 65535 {
            let candidate = PortRange {
                start: start as u16,
                end: (start + BLOCK_SIZE - 1) as u16,
            };
            match taken
                .iter()
                .filter(|t| t.overlaps(&candidate))
                .map(|t| u32::from(t.end))
                .max()
            {
                None => return Some(candidate),
                // Jump to the block after the highest range in the way.
                Some(end) => start = (end + 1).div_ceil(BLOCK_SIZE) * BLOCK_SIZE,
            }
        }
        None
    }
}

/// Parses one port: 1..=65535.
pub fn parse_port(text: &str) -> Result<u16, Error> {
    let bad = || {
        Error::usage(format!(
            "`{text}` is not a port: ports are whole numbers from 1 to 65535"
        ))
    };
    let n: u32 = text.trim().parse().map_err(|_| bad())?;
    if n == 0 || n > 65535 {
        return Err(bad());
    }
    Ok(n as u16)
}

impl FromStr for PortRange {
    type Err = Error;
    /// `START-END`, or a single port as a range of one.
    fn from_str(text: &str) -> Result<Self, Error> {
        match text.split_once('-') {
            Some((a, b)) => {
                let shape = || {
                    Error::usage(format!("`{text}` is not a port range")).with_hint(
                        "write it as START-END, e.g. `3000-3999`, with ports from 1 to 65535",
                    )
                };
                let start = parse_port(a).map_err(|_| shape())?;
                let end = parse_port(b).map_err(|_| shape())?;
                PortRange::new(start, end)
            }
            None => {
                let p = parse_port(text)?;
                PortRange::new(p, p)
            }
        }
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}-{}", self.start, self.end)
        }
    }
}

impl Serialize for PortRange {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PortRange {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse()
            .map_err(|e: Error| serde::de::Error::custom(e.message))
    }
}

impl schemars::JsonSchema for PortRange {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PortRange".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A port range, START-END",
            "pattern": "^[0-9]+(-[0-9]+)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        assert_eq!(
            "3000-3999".parse::<PortRange>().unwrap(),
            PortRange {
                start: 3000,
                end: 3999
            }
        );
        assert_eq!("22".parse::<PortRange>().unwrap().to_string(), "22");
        for bad in [
            "5000-4000",
            "0-10",
            "1-65536",
            "a-b",
            "",
            "-",
            "3000-",
            "70000",
        ] {
            assert!(bad.parse::<PortRange>().is_err(), "{bad}");
        }
    }

    #[test]
    fn next_block_skips_what_is_taken() {
        let r = |s, e| PortRange { start: s, end: e };
        assert_eq!(PortRange::next_free_block(&[]), Some(r(3000, 3999)));
        assert_eq!(
            PortRange::next_free_block(&[r(3000, 3999)]),
            Some(r(4000, 4999))
        );
        assert_eq!(
            PortRange::next_free_block(&[r(3500, 4200)]),
            Some(r(5000, 5999))
        );
        assert_eq!(
            PortRange::next_free_block(&[r(3000, 3999), r(5000, 5999)]),
            Some(r(4000, 4999))
        );
        assert_eq!(PortRange::next_free_block(&[r(1, 65535)]), None);
        assert_eq!(
            PortRange::next_free_block(&[r(3000, 63999)]),
            Some(r(64000, 64999))
        );
        assert_eq!(PortRange::next_free_block(&[r(3000, 64999)]), None);
    }

    proptest::proptest! {
        #[test]
        fn next_block_never_overlaps(ranges in proptest::collection::vec((1u16..65535, 0u16..3000), 0..20)) {
            let taken: Vec<PortRange> = ranges.iter()
                .map(|(s, len)| PortRange { start: *s, end: s.saturating_add(*len) })
                .collect();
            if let Some(block) = PortRange::next_free_block(&taken) {
                proptest::prop_assert!(taken.iter().all(|t| !t.overlaps(&block)));
                proptest::prop_assert!(block.start >= 3000 && block.len() == 1000 && block.start % 1000 == 0);
            }
        }
    }
}
