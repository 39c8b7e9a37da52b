"""`ledger extract`: from the 实施方案 itself to a 任务清单, one module a step.

    read        a .docx or .txt plan -> blocks (``blocks``: the types;
                ``word``: .docx; ``flat_table``: a table flattened to text;
                ``text_tables``: pipe rows, one cell a line, space-separated
                rows, a table run into one line, ``box_tables``: a table
                drawn with ┌─┬│, ``bar_rows``: rows opened by bar lines;
                ``traditional``: a plan in
                traditional characters read in simplified, written back;
                readings a mirror inserted ("负(fù)责") dropped; ``noise``:
                characters sprinkled inside words taken out;
                ``punctuation``: marks a mirror swapped read again)
    outline     the plan's text -> its parts, headings and items
    markers     owner markers in the text: who leads, who is responsible, by when
    prose       owners in running prose (由A牵头，会同B…; A承办，B协办; 区住建局负责…)
    transfers   duties handed over (将…职责移交B承担, …划入B, …下放B承担) or
                entrusted (由A委托B负责…): the receiving units own them
    drafts      the outline's items -> task drafts, with owners and numbers; a
                paragraph split into its annotated clauses
    tasks       blocks -> tasks: a task table if the plan has one, else the drafts
    names       the shape of unit names and a lexicon of common departments
    owner_lists an owner list -> its units: where it ends, elliptical lists,
                posts, lost characters, run-together names (each reported)
    owners      owner cells as written: split, a （牵头） lead moved, names repaired
    result      ExtractResult: the tasks, the paragraph each came from, findings
    write       the tasks -> the project's 任务清单 workbook

``extract`` below is the command's twin: it reads and writes what
``ledger extract`` does; ``extract_tasks`` only reads.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import FileProblem
from ..io.roster_io import read_roster
from .owners import repair_unit
from .result import ExtractResult
from .tasks import extract_tasks
from .write import write_tasklist

__all__ = ["ExtractResult", "default_output", "extract", "extract_tasks", "repair_unit", "write_tasklist"]


def default_output(plan: Path) -> Path:
    """方案文件名-任务清单.xlsx, beside the plan."""
    return plan.with_name(f"{plan.stem}-任务清单.xlsx")


def extract(plan: str | Path, output: str | Path | None = None, *, units: str | Path | None = None,
            plan_year: int | None = None, overwrite: bool = False) -> ExtractResult:
    """Extract a plan's tasks and write them as a 任务清单 (.xlsx, atomically).

    ``output`` defaults to :func:`default_output`; a file already there is
    replaced only with ``overwrite`` (else FileProblem, before the plan is
    read). ``units`` is a 单位名录 file to check names against and repair
    names that lost a character. The result's ``output`` is the file written.
    """
    plan = Path(plan)
    out = Path(output) if output is not None else default_output(plan)
    if out.exists() and not overwrite:
        raise FileProblem(f"《{out.name}》已存在。如需覆盖，请加 --overwrite；或用 -o 指定其他文件名。", path=str(out))
    result = extract_tasks(plan, read_roster(Path(units)) if units is not None else None, plan_year=plan_year)
    result.output = write_tasklist(result, out)
    return result
