#!/usr/bin/env bash
# Installs what SNI Doctor needs on Debian 12 from Debian's own packages, then builds
# it into build/. With --run, starts it afterwards: the wizard when a display is
# present, else a headless probe of the practice lab.
#
#   installer/setup-debian.sh [--run] [--build-dir DIR] [--build-type TYPE]
#
# Run it as root, or as a user who may use sudo (only apt-get runs as root).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$source_dir/build"
build_type=Release
run=false
while [ $# -gt 0 ]; do
    case "$1" in
        --run) run=true ;;
        --build-dir) build_dir=$2; shift ;;
        --build-type) build_type=$2; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "setup-debian.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config dpkg-dev file
    # the source format CI checks (.clang-format)
    clang-format
    # Qt 6.4: Widgets, Network, Concurrent, Test, LinguistTools, and Qt's own Spanish;
    # WebSockets for the port-forward through the Kubernetes API
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev
    qt6-translations-l10n libgl-dev
    # the engine's libraries; zlib for the tests' SPDY server (kubectl port-forward)
    libssl-dev openssl libyaml-cpp-dev libpcap-dev libarchive-dev zlib1g-dev
    # real peers and tools the tests use: nginx, network namespaces, .desktop checks,
    # clang's libFuzzer for the parsers' fuzz targets
    nginx util-linux desktop-file-utils shared-mime-info ca-certificates clang libclang-rt-14-dev
    # packet captures: made with tcpdump, checked against tshark
    tcpdump tshark
    # support bundles are opened with unzip and tar in the tests; the remediation's
    # diff is applied with patch and compared with diff --minimal
    unzip tar patch diffutils
    # compressed logs and captures are made with each compressor in the tests
    gzip bzip2 xz-utils zstd
    # the benchmarks compare with jq and grep, timed by time(1)
    jq time python3
    # the overrides benchmark compares with PyYAML (libyaml); chart-keys.py reads charts with it
    python3-yaml
    # fonts for the offscreen GUI tests, and screenshots without a display
    fonts-dejavu-core xvfb xauth
    # to look at the window as a user does: a window manager and the keyboard, scripted
    openbox xdotool x11-apps
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# kubectl checks our Kubernetes test fixture; keep one that is already installed
# (gcloud's, for instance), else Debian's.
command -v kubectl >/dev/null 2>&1 || packages+=(kubernetes-client)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing ${#missing[@]} Debian packages: ${missing[*]}"
    nginx_was_installed=false
    dpkg-query -W -f='${Status}' nginx 2>/dev/null | grep -q "install ok installed" && nginx_was_installed=true
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    if ! $nginx_was_installed; then
        # The tests start nginx themselves on loopback ports; the system service that
        # Debian starts on port 80 is not wanted on an admin's machine.
        as_root sh -c 'systemctl disable --now nginx 2>/dev/null || service nginx stop 2>/dev/null || true' >/dev/null 2>&1
    fi
fi

echo "== Building SNI Doctor ($build_type) in $build_dir"
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$build_dir"

if $run; then
    echo "== Starting SNI Doctor"
    exec "$build_dir/sni-doctor"
fi
echo "== Done. Start it with: $build_dir/sni-doctor"
