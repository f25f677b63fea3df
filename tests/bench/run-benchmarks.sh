#!/usr/bin/env bash
# Runs every benchmark and prints their tables. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR] [FILTER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/default}
filter=${2:-}
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
status=0
for exe in "$build"/tests/bench/bench_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=$(basename "$exe")
    [ -z "$filter" ] || [[ "$name" == *"$filter"* ]] || continue
    echo
    echo "== $name"
    "$exe" || { echo "!! $name failed"; status=1; }
done
exit $status
