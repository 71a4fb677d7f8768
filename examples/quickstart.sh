#!/usr/bin/env bash
# A first look at meta, in a throwaway home and root: nothing outside a temp folder is
# read or written, and nothing needs configuring.
#
#   bash examples/quickstart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet
bin="$PWD/target/debug/meta"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meta() { "$bin" --home "$tmp/home" --root "$tmp/root" "$@"; }
if [ -t 1 ]; then bold=$'\033[1m' off=$'\033[0m'; else bold= off=; fi
step() { printf '\n%s$ meta %s%s\n' "$bold" "$(printf '%q ' "$@")" "$off"; meta "$@"; }
say() { printf '\n%s# %s%s\n' "$bold" "$*" "$off"; }

mkdir -p "$tmp/root" "$tmp/src/blog"

say "state, identity and data key; a second run changes nothing"
step init
step init -q

say "projects: each gets its own port range"
step project add blog --path "$tmp/src/blog"
step project add shop
step project add legacy --range 8080-8099
step project list
step project add api --range 3500-3600 || echo "(exit $?: overlaps blog's block, as it should)"

say "ports: a promise kept in the state, even while the service is down"
step port reserve 3306 --reason mysql
step port allocate blog web --hostname blog.example.com
step port allocate blog web            # the same port again
step port allocate blog worker
step port list
step port audit || echo "(exit $?: allocated but nothing listening yet, as expected)"

say "secrets: encrypted, versioned, audited"
printf '%s' 'postgres://blog:s3cr3t@localhost/blog' | meta secret set project/blog/database_url
step secret list
step secret get project/blog/database_url; echo
step secret exec --prefix project/blog -- sh -c 'echo "the service sees DATABASE_URL (${#DATABASE_URL} bytes)"'
step secret env project/blog --format systemd

say "assistant instructions: shared layers plus each project's own"
mkdir -p "$tmp/home/instructions/core" "$tmp/src/blog/.claude-specific"
printf '# House rules\nServices of {{project.name}} use ports {{project.port_range}}:\n{{project.services}}\n' \
  > "$tmp/home/instructions/core/00-rules.md"
printf 'The blog has no cache.\n' > "$tmp/src/blog/.claude-specific/10-blog.md"
step instructions build blog
step instructions build --all --check
head -n 20 "$tmp/src/blog/CLAUDE.md"

say "DNS and tunnel: the records and ingress rules that allocations with hostnames need"
# A stand-in for the Cloudflare API on loopback (the one the test suite uses); meta talks to
# it through CLOUDFLARE_BASE_URL exactly as it would to the real API.
fake_file="$tmp/fake-cloudflare"
META_EXAMPLE_FAKE="$fake_file" cargo test --quiet --test dns serve_fake_cloudflare_for_examples \
  -- --ignored --exact >/dev/null 2>&1 &
for _ in $(seq 600); do [ -s "$fake_file" ] && break; sleep 0.2; done
export CLOUDFLARE_BASE_URL=$(sed -n 1p "$fake_file") CLOUDFLARE_API_TOKEN=$(sed -n 2p "$fake_file")
export META_TUNNEL_ID=6ff42ae2-765d-4adf-8112-31c55c1551ef
step dns verify-token
step dns sync example.com --dry-run
step dns sync example.com
step dns sync example.com --check
mkdir -p "$tmp/root/etc/cloudflared"
cat > "$tmp/root/etc/cloudflared/config.yml" <<'YAML'
tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef
credentials-file: /etc/cloudflared/6ff42ae2.json
ingress:
  # written by hand, kept by meta
  - hostname: wiki.example.com
    service: http://localhost:8080
  - service: http_status:404
YAML
step tunnel sync --dry-run
step tunnel sync
step tunnel show
rm -f "$fake_file"

say "config, dry runs and the audit trail"
step config set gcp.zone europe-west1-b
step config get gcp.zone
step project rm legacy --dry-run
step audit log --since 1h
step audit verify
