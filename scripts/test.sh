#!/usr/bin/env bash
# The test command: install Pantau with its test tools, lint, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --dev
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
