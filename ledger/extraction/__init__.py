"""`ledger extract`: from the 实施方案 itself to a 任务清单, one module a step.

    read        a .docx or .txt plan -> blocks (``blocks``: the types;
                ``word``: .docx; ``flat_table``: a table flattened to text)
    outline     the plan's text -> its tasks part and its headings and items
    markers     owner markers in the text: who leads, who is responsible, by when
    tasks       blocks -> tasks: a task table if the plan has one, else the text
    write       the tasks -> the project's 任务清单 workbook
"""
from .tasks import ExtractResult, extract, repair_unit
from .write import write_tasklist

__all__ = ["ExtractResult", "extract", "repair_unit", "write_tasklist"]
