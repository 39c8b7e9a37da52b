"""`ledger units`: the workspace roster, and a draft roster from the names found."""
from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .errors import FileProblem, UsageError
from .io.read import read_workbook
from .io.roster_io import write_roster_draft
from .model import ROLES, Unit
from .roster import Roster
from .roster_draft import Cluster, suggest_roster
from .results import CommandResult
from .store import Store
from .workspace import Workspace

DRAFT_NAME = "单位名录草稿.xlsx"


@dataclass
class UnitsResult(CommandResult):
    """The workspace's 单位名录."""

    units: list[Unit]

    command = "units"

    def payload(self) -> dict:
        return {"units": [{**asdict(u), "aliases": list(u.aliases)} for u in self.units]}


@dataclass
class SuggestResult(CommandResult):
    """A draft 单位名录 written from the names found (``ledger units --suggest``)."""

    output: Path
    clusters: list[Cluster]
    names: int
    backup: Path | None = None

    command = "units"

    def payload(self) -> dict:
        return {"output": str(self.output), "names": self.names, "backup": str(self.backup) if self.backup else None,
                "units": [{"name": c.canonical, "members": list(c.members), "group": c.group, "count": c.count}
                          for c in self.clusters]}


def units(ws: Workspace | None, files: Sequence[Path] = (), *, suggest: bool = False, output: Path | None = None,
          overwrite: bool = False) -> UnitsResult | SuggestResult:
    """`ledger units`: the workspace's 单位名录; with ``suggest``, a draft one written from
    the names in ``files`` (default: the workspace's tasks), see :func:`suggest_units`."""
    if suggest:
        return suggest_units(list(files), ws, output, overwrite=overwrite)
    if ws is None:
        raise UsageError("没有工作区。请用 -w 指定工作区，或用 --suggest 从任务清单生成单位名录草稿。")
    return UnitsResult(list_units(ws))


def list_units(ws: Workspace) -> list[Unit]:
    with Store.open(ws) as store:
        return store.units()


def names_in_files(files: list[Path], ws: Workspace | None) -> list[str]:
    """Every unit name written in the task lists, split but not resolved."""
    empty = Roster.empty()
    names: list[str] = []
    columns = ws.config.columns if ws else None
    for path in files:
        book = read_workbook(Path(path), columns)
        for rec in book.records("tasks"):
            for name in ROLES:
                names += empty.resolve_cell(rec.values.get(name, "")).written
        for rec in book.records("breakdown"):
            names += empty.resolve_cell(rec.values.get("unit", "")).written
    return names


def _names_in_workspace(ws: Workspace) -> list[str]:
    with Store.open(ws) as store:
        tasks = store.tasks()
    empty = Roster.empty()
    names: list[str] = []
    for t in tasks:
        for name in ROLES:
            names += empty.resolve_cell(t.data.get("raw", {}).get(name, "")).written
    return names


def suggest_units(files: list[Path], ws: Workspace | None, output: Path | None,
                  overwrite: bool = False) -> SuggestResult:
    """Write a draft 单位名录 from the names found, likely-same names clustered."""
    if files:
        names = names_in_files(files, ws)
    elif ws is not None:
        names = _names_in_workspace(ws)
    else:
        raise UsageError("请指定任务清单文件，如：ledger units --suggest 任务清单.xlsx")
    if not names:
        raise FileProblem("任务清单中没有找到任何单位名称，无法生成单位名录草稿。")
    target = Path(output) if output else (ws.root if ws else Path.cwd()) / DRAFT_NAME
    backup = None
    if target.exists():
        if not overwrite:
            raise FileProblem(f"《{target}》已存在。如需覆盖请加 --overwrite（原文件会先备份），或用 -o 指定其他文件名。",
                              path=str(target))
        backup = target.with_name(f"{target.stem}.备份{datetime.now():%Y%m%d%H%M%S}{target.suffix}")
        shutil.copy2(target, backup)
    clusters = suggest_roster(names)
    write_roster_draft(target, clusters)
    return SuggestResult(target, clusters, len(names), backup)
