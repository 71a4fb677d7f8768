//! What listens on this host right now, read from `/proc/net/tcp` and `/proc/net/tcp6`
//! (sockets in state `0A`, LISTEN), and which process holds a socket, found through the
//! `socket:[inode]` links under `/proc/<pid>/fd`. Only reads; a process this user may not
//! look into is simply not named.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use serde::Serialize;

use crate::core::error::{Error, Result};

const PROC: &str = "/proc";
const LISTEN: &str = "0A";

/// One listening TCP socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listener {
    pub address: IpAddr,
    pub port: u16,
    pub uid: u32,
    pub inode: u64,
}

/// A set of TCP ports, one bit each.
#[derive(Clone)]
pub struct PortSet(Box<[u64; 1024]>);

impl Default for PortSet {
    fn default() -> Self {
        PortSet(Box::new([0; 1024]))
    }
}

impl PortSet {
    pub fn insert(&mut self, port: u16) {
        self.0[usize::from(port / 64)] |= 1 << (port % 64);
    }
    pub fn contains(&self, port: u16) -> bool {
        self.0[usize::from(port / 64)] & (1 << (port % 64)) != 0
    }
    pub fn from_listeners(listeners: &[Listener]) -> PortSet {
        let mut set = PortSet::default();
        for l in listeners {
            set.insert(l.port);
        }
        set
    }
}

/// Every TCP socket listening now, IPv4 and IPv6. A host without IPv6 has no `tcp6`.
pub fn listening() -> Result<Vec<Listener>> {
    let mut out = Vec::new();
    for (file, v6) in [("net/tcp", false), ("net/tcp6", true)] {
        let path = Path::new(PROC).join(file);
        match read_table(&path) {
            Ok(text) => parse_table(&text, v6, &mut out),
            Err(e) if v6 && e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::io("read the socket table", &path, e)
                    .with_hint("`meta port` needs Linux with /proc mounted"))
            }
        }
    }
    Ok(out)
}

/// Reads a socket table in large reads: each `read` makes the kernel find its place in
/// the table again, which costs more than the copying when thousands of sockets are open.
fn read_table(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(256 * 1024);
    std::fs::File::open(path)?.read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The ports listening now, for the allocation check.
pub fn listening_ports() -> Result<PortSet> {
    Ok(PortSet::from_listeners(&listening()?))
}

/// Adds the LISTEN rows of one `/proc/net/tcp{,6}` table to `out`. Rows that do not parse
/// are skipped: the table is the kernel's, and one odd row must not hide the others.
pub fn parse_table(text: &str, v6: bool, out: &mut Vec<Listener>) {
    for line in text.lines().skip(1) {
        let mut fields = line.split_ascii_whitespace();
        let (Some(_slot), Some(local), Some(_remote), Some(state)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if state != LISTEN {
            continue;
        }
        // tx:rx queue, timer, retransmits, then uid, timeout, inode.
        let mut rest = fields.skip(3);
        let (Some(uid), Some(_timeout), Some(inode)) = (rest.next(), rest.next(), rest.next())
        else {
            continue;
        };
        let Some((address, port)) = parse_local(local, v6) else {
            continue;
        };
        let (Ok(uid), Ok(inode)) = (uid.parse(), inode.parse()) else {
            continue;
        };
        out.push(Listener {
            address,
            port,
            uid,
            inode,
        });
    }
}

/// `0100007F:1F90` → 127.0.0.1:8080. The kernel prints the address as the 32-bit words
/// it holds in memory, so each word goes back to bytes in this machine's byte order; the
/// port is printed as a number.
fn parse_local(text: &str, v6: bool) -> Option<(IpAddr, u16)> {
    let (addr, port) = text.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    let word = |i: usize| -> Option<[u8; 4]> {
        let hex = addr.get(i * 8..i * 8 + 8)?;
        Some(u32::from_str_radix(hex, 16).ok()?.to_ne_bytes())
    };
    let address = if v6 {
        if addr.len() != 32 {
            return None;
        }
        let mut bytes = [0u8; 16];
        for i in 0..4 {
            bytes[i * 4..i * 4 + 4].copy_from_slice(&word(i)?);
        }
        IpAddr::V6(Ipv6Addr::from(bytes))
    } else {
        if addr.len() != 8 {
            return None;
        }
        IpAddr::V4(Ipv4Addr::from(word(0)?))
    };
    Some((address, port))
}

/// The process that holds a socket, as far as `/proc` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owner {
    pub pid: u32,
    /// The systemd unit the process runs in (`nginx.service`), from its cgroup.
    pub unit: Option<String>,
    /// The command name (`/proc/<pid>/comm`).
    pub command: String,
    /// The first word of its command line, where readable.
    #[serde(skip)]
    pub argv0: Option<String>,
}

impl Owner {
    /// How a person would name the process: its unit, else its command.
    pub fn label(&self) -> String {
        match &self.unit {
            Some(unit) => unit.clone(),
            None => self.command.clone(),
        }
    }
}

/// Finds the owners of the given socket inodes by walking `/proc/<pid>/fd`. Stops as soon
/// as every inode is found; inodes of processes out of sight are missing from the answer.
pub fn owners(inodes: &HashSet<u64>) -> HashMap<u64, Owner> {
    let mut found: HashMap<u64, u32> = HashMap::new();
    if inodes.is_empty() {
        return HashMap::new();
    }
    let Ok(procs) = std::fs::read_dir(PROC) else {
        return HashMap::new();
    };
    let me = std::process::id();
    'procs: for entry in procs.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        if pid == me {
            continue;
        }
        let Ok(fds) = FdDir::open(&entry.path().join("fd")) else {
            continue;
        };
        for inode in fds.socket_inodes() {
            if inodes.contains(&inode) {
                found.entry(inode).or_insert(pid);
                if found.len() == inodes.len() {
                    break 'procs;
                }
            }
        }
    }
    let mut by_pid: HashMap<u32, Option<Owner>> = HashMap::new();
    found
        .into_iter()
        .filter_map(|(inode, pid)| {
            by_pid
                .entry(pid)
                .or_insert_with(|| owner(pid))
                .clone()
                .map(|o| (inode, o))
        })
        .collect()
}

/// One process's `/proc/<pid>/fd`, read with `readlinkat` against the open folder: a
/// process can hold thousands of descriptors, and resolving each link's full path again
/// would cost more than reading the link.
struct FdDir {
    dir: std::fs::File,
    entries: std::fs::ReadDir,
}

impl FdDir {
    fn open(path: &Path) -> std::io::Result<FdDir> {
        Ok(FdDir {
            dir: std::fs::File::open(path)?,
            entries: std::fs::read_dir(path)?,
        })
    }

    fn socket_inodes(self) -> impl Iterator<Item = u64> {
        use std::os::fd::AsRawFd;
        use std::os::unix::ffi::OsStrExt;
        let FdDir { dir, entries } = self;
        entries.flatten().filter_map(move |e| {
            let name = std::ffi::CString::new(e.file_name().as_bytes()).ok()?;
            // `socket:[18446744073709551615]` is 29 bytes; a longer link is no socket.
            let mut buf = [0u8; 40];
            // SAFETY: `dir` is an open directory for the whole call, `name` is
            // NUL-terminated, and the length given is the buffer's own.
            let n = unsafe {
                libc::readlinkat(
                    dir.as_raw_fd(),
                    name.as_ptr(),
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                )
            };
            let n = usize::try_from(n).ok().filter(|n| *n < buf.len())?;
            socket_inode(&buf[..n])
        })
    }
}

/// `socket:[12345]` → 12345.
fn socket_inode(link: &[u8]) -> Option<u64> {
    let inner = link.strip_prefix(b"socket:[")?.strip_suffix(b"]")?;
    std::str::from_utf8(inner).ok()?.parse().ok()
}

fn owner(pid: u32) -> Option<Owner> {
    let dir = Path::new(PROC).join(pid.to_string());
    let command = std::fs::read_to_string(dir.join("comm")).ok()?;
    let unit = std::fs::read_to_string(dir.join("cgroup"))
        .ok()
        .and_then(|text| unit_from_cgroup(&text));
    let argv0 = std::fs::read(dir.join("cmdline")).ok().and_then(|bytes| {
        let first = bytes.split(|b| *b == 0).next()?;
        (!first.is_empty()).then(|| String::from_utf8_lossy(first).into_owned())
    });
    Some(Owner {
        pid,
        unit,
        command: command.trim_end_matches('\n').to_string(),
        argv0,
    })
}

/// The unit a process runs in: the last part of its cgroup path when that is a
/// `.service` (`0::/system.slice/nginx.service` → `nginx.service`). A process in a scope or
/// a session has no unit of its own, even inside `user@1000.service`.
pub fn unit_from_cgroup(text: &str) -> Option<String> {
    let mut lines: Vec<&str> = text.lines().collect();
    // The unified hierarchy (`0::`) first, then the named systemd one of cgroup v1.
    lines.sort_by_key(|l| !l.starts_with("0::"));
    lines.into_iter().find_map(|line| {
        let path = line.splitn(3, ':').nth(2)?;
        let last = path.rsplit('/').next()?;
        (last.ends_with(".service") && last.len() > ".service".len()).then(|| last.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TCP: &str = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0
   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 17 1 0000000000000000 100 0 0 10 0
   2: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 99 1 0000000000000000 20 4 30 10 -1
   3: garbage
";
    const TCP6: &str = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000001000000:0BB8 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5151 1 0000000000000000 100 0 0 10 0
";

    #[test]
    fn reads_listening_rows_only() {
        let mut out = Vec::new();
        parse_table(TCP, false, &mut out);
        parse_table(TCP6, true, &mut out);
        let found: Vec<(String, u16, u64)> = out
            .iter()
            .map(|l| (l.address.to_string(), l.port, l.inode))
            .collect();
        if cfg!(target_endian = "little") {
            assert_eq!(
                found,
                vec![
                    ("127.0.0.1".into(), 8080, 4242),
                    ("0.0.0.0".into(), 22, 17),
                    ("::1".into(), 3000, 5151)
                ]
            );
        }
        assert_eq!(out[0].uid, 1000);
    }

    #[test]
    fn portset_holds_every_port() {
        let mut s = PortSet::default();
        for p in [0u16, 1, 63, 64, 8080, 65535] {
            assert!(!s.contains(p));
            s.insert(p);
            assert!(s.contains(p));
        }
        assert!(!s.contains(65534));
    }

    #[test]
    fn unit_from_cgroup_takes_only_a_service_leaf() {
        assert_eq!(
            unit_from_cgroup("0::/system.slice/nginx.service\n").as_deref(),
            Some("nginx.service")
        );
        assert_eq!(
            unit_from_cgroup(
                "0::/user.slice/user-1000.slice/user@1000.service/app.slice/app-x.scope\n"
            ),
            None
        );
        assert_eq!(
            unit_from_cgroup("12:pids:/\n1:name=systemd:/system.slice/meta-web.service\n")
                .as_deref(),
            Some("meta-web.service")
        );
        assert_eq!(unit_from_cgroup("0::/\n"), None);
    }

    #[test]
    fn socket_links() {
        assert_eq!(socket_inode(b"socket:[123]"), Some(123));
        assert_eq!(socket_inode(b"pipe:[123]"), None);
        assert_eq!(socket_inode(b"socket:[x]"), None);
    }
}
