#!/usr/bin/env bash
# The main job on samples/: the whole weekly cycle in a fresh workspace
# (import, check, split, simulated returns, merge, ledger, 通报).
# Usage: bash scripts/demo.sh [WORKSPACE_DIR]   (default: ./demo-workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/ledger demo "${1:-demo-workspace}" --overwrite
