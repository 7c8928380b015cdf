#!/usr/bin/env bash
# The SHA-256 of every file the example project (examples/illumina) builds, for proving a
# refactor changes no byte: the general copies, the archive profile and the recipients
# fixture, each into a fresh folder.
# Run it with the binaries of two commits and diff the lists:
#   benches/output-digests.sh OLD-BINARY > /tmp/old.txt
#   benches/output-digests.sh NEW-BINARY > /tmp/new.txt && diff /tmp/old.txt /tmp/new.txt
set -euo pipefail
binary="$(realpath "$1")"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
project="$root/examples/illumina"
"$binary" build --quiet --root "$project" --out "$work/screen"
"$binary" build --quiet --root "$project" --profile archive --out "$work/archive"
"$binary" build --quiet --root "$project" --out "$work/recipients" \
  --recipients "$root/tests/fixtures/recipients.csv"
cd "$work"
find screen archive recipients -type f | LC_ALL=C sort | xargs sha256sum
