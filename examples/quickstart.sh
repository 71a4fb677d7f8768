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
step() { printf '\n%s$ meta %s%s\n' "$bold" "$*" "$off"; meta "$@"; }

mkdir -p "$tmp/root" "$tmp/src/blog"

step init
step init                      # idempotent: reports what exists, changes nothing
step project add blog --path "$tmp/src/blog"
step project add shop
step project add legacy --range 8080-8099
step project list
step project show blog -o json
step project add api --range 3500-3600 || echo "(exit $?: overlaps blog's block, as it should)"
step config set gcp.zone europe-west1-b
step config get gcp.zone
step project rm legacy --dry-run
step audit log
step audit verify
