"""What a plan (实施方案) is once read: blocks of text and tables, no I/O.

A block is a :class:`TextLine` (one line of text, in document order) or a
:class:`TableBlock` (a :class:`~ledger.io.grid.Grid`, merged cells filled in,
so the workbook reader ``ledger.io.read.read_grid`` understands it). A
:class:`PlanDocument` holds the blocks of one file and what reading it
changed (page numbers removed, characters that could not be decoded).
``merge_boxes`` gives a table built cell by cell its merged ranges.
Both readers (``read`` for text, ``word`` for .docx) make these; the
extraction steps after them read nothing else.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..io.grid import Grid
from .traditional import Script


@dataclass(frozen=True)
class TextLine:
    """One line of the plan's text as read: a line of a .txt file, or a line of a
    .docx paragraph (its soft line breaks cut it). ``outline.join_broken`` joins
    the lines a page break split into :class:`~ledger.extraction.outline.PlanParagraph`.

    ``line`` is the 1-based line of a .txt file or the paragraph number of a
    .docx; ``page_break_before`` says a page number was removed just before it,
    ``blank_before`` that an empty line came before it.
    """

    text: str
    line: int
    page_break_before: bool = False
    blank_before: bool = False


@dataclass
class TableBlock:
    """A table: the grid, where it starts, and each grid row's source text."""

    grid: Grid
    line: int
    label: str
    row_lines: list[int] = field(default_factory=list)  # grid row -> source line (0: none)
    row_sources: list[str] = field(default_factory=list)  # grid row -> the row as written
    flattened: bool = False


Block = TextLine | TableBlock


@dataclass
class PlanDocument:
    """What was read from one plan file."""

    file: str
    path: Path
    kind: str  # "docx" | "txt"
    blocks: list[Block]
    encoding: str = ""
    page_numbers_removed: int = 0
    replaced_chars: int = 0
    noise_removed: int = 0  # characters a mirror site sprinkled inside words, taken out (``.noise``)
    marks_repunctuated: int = 0  # marks a mirror site swapped for one another, read again (``.punctuation``)
    script: Script = field(default_factory=Script)  # traditional characters: read in simplified

    @property
    def lines(self) -> list[TextLine]:
        return [b for b in self.blocks if isinstance(b, TextLine)]

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]

    @property
    def where_unit(self) -> str:
        """How a position is named to the clerk: 第N行 (txt) or 第N段 (docx)."""
        return "行" if self.kind == "txt" else "段"


def merge_boxes(origin: dict[tuple[int, int], tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of a grid built cell by cell: each covered cell's
    origin (its range's top-left cell) -> ((top, left), (bottom, right))."""
    boxes: dict[tuple[int, int], list[int]] = {}
    for (r, c), (r0, c0) in origin.items():
        box = boxes.setdefault((r0, c0), [r0, c0, r0, c0])
        box[2], box[3] = max(box[2], r), max(box[3], c)
    return [((b[0], b[1]), (b[2], b[3])) for b in boxes.values()]
