"""The `ledger` console script's entry point (pyproject's ``[project.scripts]``).

A worker that multiprocessing spawns (merge's readers, split's and export's
writers) runs the main module's imports again as ``__mp_main__`` before it does
its work. Under ``python -m ledger`` it skips that (a package's ``__main__``);
under the installed script it runs the script, whose one import was
``ledger.cli``: the CLI, click and the command table, about 50 ms in every
worker for nothing. The script now imports only this module; the CLI is
imported when the script runs, here, the one deliberate late import.
"""
from __future__ import annotations


def main() -> object:
    from .cli import cli  # deliberate: a spawned worker re-runs the script's imports, never this call

    return cli()
