#!/usr/bin/env bash
# Rewrite the golden files in tests/golden/ from what the code gives now (the
# tests that call check_golden, run with --update-golden), then show what
# changed. Review that diff before committing it: a golden is the expectation.
# The ordinary test run never writes one, and fails when one is missing.
# Usage: bash scripts/update-golden.sh [pytest options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mapfile -t files < <(grep -l "check_golden(" tests/test_*.py)
.venv/bin/python -m pytest -q -p no:cacheprovider --update-golden "${files[@]}" "$@"
git status --short -- tests/golden
git diff --stat -- tests/golden
