#!/usr/bin/env bash
# Set up a virtual environment in .venv with ledger and its test tools.
# Safe to run again: it only installs what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.ledger-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"  # with psycopg[binary]: PostgreSQL databases
  touch "$stamp"
fi
# Compile ledger's modules to bytecode, as installing a wheel does: the editable install
# leaves them as source, and where PYTHONDONTWRITEBYTECODE is set (as on some CI and
# sandbox machines) every command would otherwise compile them again at start-up
# (about 60 ms of a command's 0.18 s of imports). A module edited later is recompiled
# as usual (Python checks the source's time stamp).
.venv/bin/python -m compileall -q -j 0 ledger >/dev/null
