"""Docs are tested: every command has help and is in the README; every
template variable is documented."""
from __future__ import annotations

from pathlib import Path

from ledger.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert (command.help or "").strip(), name
        assert f"ledger {name}" in readme, name
        for param in command.params:
            if param.param_type_name == "option" and param.name not in ("workspace", "as_json", "result", "debug",
                                                                            "quiet"):
                assert (param.help or "").strip(), (name, param.name)


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/demo.sh" in readme and "bash scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_commands_have_library_twins_of_the_same_name():
    import ledger
    import ledger.extraction  # noqa: F401  (importing the modules must not hide the functions)
    import ledger.merging  # noqa: F401
    import ledger.reporting  # noqa: F401
    import ledger.splitting  # noqa: F401
    for name in ("check", "split", "merge", "report", "remind", "extract"):
        assert callable(getattr(ledger, name)) and getattr(ledger, name).__name__ == name


def test_every_command_shows_one_example_that_it_accepts():
    """The example under each command's help (its epilog) is one command line with
    options the command has, and a --period it can read."""
    import shlex

    from ledger.periods import parse_period

    for name, command in main.commands.items():
        example = (command.epilog or "").strip()
        assert example.startswith(f"ledger {name}") and "\n" not in example, name
        args = shlex.split(example)[2:]
        parent = main.make_context("ledger", [name], resilient_parsing=True)
        ctx = command.make_context(name, list(args), parent=parent)  # raises on an unknown option
        if ctx.params.get("period"):
            parse_period(ctx.params["period"])
