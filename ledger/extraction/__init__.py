"""`ledger extract`: from the 实施方案 itself to a 任务清单, one module a step.

    read        a .docx or .txt plan -> blocks (``blocks``: the types;
                ``word``: .docx; ``flat_table``: a table flattened to text)
    outline     the plan's text -> its parts, headings and items
    markers     owner markers in the text: who leads, who is responsible, by when
    drafts      the outline's items -> task drafts, with owners and numbers
    tasks       blocks -> tasks: a task table if the plan has one, else the drafts
    owners      owner cells as written: split, a （牵头） lead moved, names repaired
    result      ExtractResult: the tasks, the paragraph each came from, findings
    write       the tasks -> the project's 任务清单 workbook
"""
from .owners import repair_unit
from .result import ExtractResult
from .tasks import extract
from .write import write_tasklist

__all__ = ["ExtractResult", "extract", "repair_unit", "write_tasklist"]
