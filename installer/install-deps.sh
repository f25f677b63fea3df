#!/usr/bin/env bash
# Installs every build, run and test dependency of Mechdock from Debian's packages.
# Idempotent: packages already present are left alone; apt-get runs only when something is missing.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format clang-14 libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-base-private-dev libqt6sql6-sqlite qt6-qpa-plugins
  qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev libqt6opengl6-dev libgl-dev libvulkan-dev qt6-image-formats-plugins
  libwebp-dev zlib1g-dev libre2-dev
  # the panel's run time: Qt's own texts (Yes, No, Cancel) in the panel's languages
  qt6-translations-l10n
  # tests and benchmarks
  docker.io busybox-static tini xvfb xauth webp python3-pil python3-croniter prometheus appstream
  curl procps dpkg-dev file desktop-file-utils systemd debootstrap python3-discord python3-docker
  # Podman's Docker-compatible API and a local registry for container updates
  podman docker-registry
  # the web page in a real browser
  chromium chromium-driver python3-selenium
  # screenshots: Chinese glyphs
  fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Recommends are skipped: docker.io would otherwise pull in a running containerd setup we do not use.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
