#!/usr/bin/env bash
# Install Pantau into ./.venv. With --dev, also the test tools and the Debian
# packages the tests use (Chromium for the browser tests, poppler-utils to
# render digest PDFs, Pango for weasyprint).
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip

apt_packages=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
[ "$dev" = 1 ] && apt_packages+=(chromium poppler-utils)
missing=()
for pkg in "${apt_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing Debian packages: ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "warning: please install these Debian packages: ${missing[*]}" >&2
    fi
fi

if [ "$dev" = 1 ]; then
    .venv/bin/python -m pip install --quiet -e '.[dev]'
else
    .venv/bin/python -m pip install --quiet -e .
fi
.venv/bin/python scripts/check_model.py || echo "warning: the embedding model does not run here; extraction uses the rules only" >&2
echo "Pantau installed: $(.venv/bin/pantau --help >/dev/null && echo ok) (.venv/bin/pantau)"
