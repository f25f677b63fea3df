#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, and run the whole test
# suite with ctest: unit, integration (a real dockerd, the local Discord server, the binary) and
# GUI tests offscreen; then the fuzz targets briefly in a clang build when clang is present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash installer/install-deps.sh
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j"$jobs"
ctest --preset ci -j"$jobs" --timeout 600 --output-on-failure

if command -v clang++-14 >/dev/null 2>&1 && [ -z "${MECHDOCK_SKIP_FUZZ:-}" ]; then
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DMECHDOCK_FUZZ=ON \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
    targets=$(cmake --build build/fuzz --target help | awk -F: '/^fuzz_/{print $1}' | tr '\n' ' ')
    if [ -n "$targets" ]; then
        # shellcheck disable=SC2086
        cmake --build build/fuzz -j"$jobs" --target $targets
        ctest --test-dir build/fuzz -L fuzz --output-on-failure
    fi
fi
