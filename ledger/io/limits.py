"""What reading a returned file may cost, and the count kept against it.

:class:`Limits` are the ceilings (file size, unzipped bytes, parts, rows, cells,
merged cells). A :class:`Tally` counts a file's rows and cells while its parts
are scanned (``ledger.io.safety`` for .xlsx/.xlsm/.ods, ``ledger.io.safety_xls``
for a legacy .xls) and raises :class:`UnsafeFile` as soon as a limit is passed;
``check_size`` checks again after reading. Why each limit is what it is:
``ledger.io.safety``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import FileProblem

RESAVE = "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。"


class UnsafeFile(FileProblem):
    """A file that exceeds a reading limit; it is rejected, never opened further."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_unzipped_bytes: int = 500 * 1024 * 1024  # all parts, as decompressed
    max_ratio: int = 200  # uncompressed / compressed, per part over 1 MB
    max_members: int = 5_000
    max_rows: int = 100_000  # all sheets together
    max_cells: int = 3_000_000  # rows x columns of every sheet, all sheets together
    max_merged_cells: int = 100_000  # covered by merged ranges, all sheets (io.grid fills each one: ~150 bytes)


class Tally:
    """Rows and cells of the sheets read so far; raises as soon as a limit is passed."""

    def __init__(self, path: Path, limits: Limits, names: dict[str, str]):
        self.path, self.limits, self.names = path, limits, names
        self.rows = self.cells = 0  # of the sheets finished
        self.merged_cells = 0  # covered by merged ranges, all sheets
        self.formulas: set[str] = set()  # the parts where a cell holds a formula

    def check(self, sheet: str, rows: int, cols: int, elements: int) -> None:
        lim = self.limits
        if self.rows + rows > lim.max_rows:
            where = f"工作表“{sheet}”至少有 {rows} 行" if rows > lim.max_rows else f"各工作表合计至少有 {self.rows + rows} 行"
            raise UnsafeFile(f"《{self.path.name}》行数超过上限：{where}，上限为 {lim.max_rows} 行，未读取。"
                             "请让报送单位删除多余的行（或在下发的原表上重新填写）后重新报送。", path=str(self.path))
        cells = max(rows * cols, elements)
        if self.cells + cells > lim.max_cells:
            where = (f"工作表“{sheet}”至少占 {rows} 行 × {cols} 列" if rows * cols >= elements
                     else f"工作表“{sheet}”至少有 {elements} 个单元格")
            raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：{where}，各工作表合计上限为 {lim.max_cells} 个单元格，未读取。"
                             "请让报送单位删除多余的行和列（包括远处误填的单元格）后重新报送。", path=str(self.path))

    def merged(self, sheet: str, ref: str, extent: tuple[int, int], box: tuple[int, int, int, int]) -> tuple[int, int]:
        """The sheet's (rows, columns) with a merged range (top, left, bottom, right;
        1-based): the reader fills every cell of one that starts within the rows with
        its value and remembers where each came from (io.grid), out to its far corner."""
        (rows, cols), (top, left, bottom, right) = extent, box
        if top > rows:
            return extent
        self.merged_cells += max(bottom - top + 1, 0) * max(right - left + 1, 0)
        rows, cols = max(rows, bottom), max(cols, right)
        lim = self.limits
        if (self.rows + rows > lim.max_rows or self.cells + rows * cols > lim.max_cells
                or self.merged_cells > lim.max_merged_cells):
            raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：工作表“{sheet}”有合并单元格 {ref}，读取时要逐格展开"
                             f"（合并的单元格合计上限为 {lim.max_merged_cells} 个，全部单元格上限为 {lim.max_cells} 个），未读取。"
                             "请让报送单位取消多余的合并后重新报送。", path=str(self.path))
        return rows, cols

    def claim(self, sheet: str, rows: int, cols: int) -> None:
        raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：工作表“{sheet}”记录的范围为 {rows} 行 × {cols} 列，"
                         f"读取时要按此预留，上限为 {self.limits.max_cells} 个单元格，未读取。"
                         "请让报送单位清除多余行列的内容和格式后另存为 .xlsx 重新报送。", path=str(self.path))

    def done(self, sheet: str, rows: int, cols: int, elements: int) -> None:
        self.check(sheet, rows, cols, elements)
        self.rows += rows
        self.cells += max(rows * cols, elements)


def check_size(path: Path, rows: int, cells: int, limits: Limits) -> None:
    """The second line, after reading: the rows and cells the reader returned."""
    if rows > limits.max_rows:
        raise UnsafeFile(f"《{path.name}》行数超过上限（{rows} 行，上限为 {limits.max_rows} 行），未读取。"
                         "请让报送单位删除多余的行后重新报送。", path=str(path))
    if cells > limits.max_cells:
        raise UnsafeFile(f"《{path.name}》单元格数超过上限（{cells} 个，上限为 {limits.max_cells} 个），未读取。"
                         "请让报送单位删除多余的行和列后重新报送。", path=str(path))
