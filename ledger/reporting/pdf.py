"""The 通报 as PDF, through LibreOffice headless (optional: without it, the .docx is the 通报).

soffice runs with a private profile (so a LibreOffice the clerk has open does
not swallow the job), a time limit, and in a process group of its own, so a hung
conversion is stopped together with the soffice.bin it started.

The document grid GB/T 9704 asks for (28 characters of 3号 type in 156 mm: a
"lines and characters" grid with a negative character pitch, as Word and WPS
write it) is laid out by LibreOffice 7 one or two characters a line. So
LibreOffice converts a copy whose grid is a line grid and whose characters are
condensed by the same pitch (``for_libreoffice``): 28 characters a line there too;
the .docx itself keeps the grid Word and WPS read. In that copy a positioned
table (the 版记 at the foot of the last page) is also made 0.5 cm narrower than
the text: LibreOffice 7 lays a positioned table out in the text flow, where it
was, unless that much room is left beside it.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from ..errors import FileProblem
from ..io.atomic import atomic_path


def find_soffice() -> str | None:
    """LibreOffice's soffice on PATH, or in its usual install folders (Windows, macOS)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    roots = [os.environ.get(v) for v in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
    candidates = [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in roots if r]
    candidates += [Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
                   Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
                   Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return next((str(p) for p in candidates if p.is_file()), None)


def to_pdf(docx_path: Path, pdf_path: Path | None = None, timeout: int = 180) -> Path | None:
    """Convert with LibreOffice headless (private profile); None when LibreOffice is not installed.

    A failed conversion (time-out, error, no output) raises FileProblem with the reason.
    """
    soffice = find_soffice()
    if soffice is None:
        return None
    docx_path = Path(docx_path)
    target = Path(pdf_path) if pdf_path else docx_path.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="ledger-pdf-") as tmp:
        work = Path(tmp)
        for_libreoffice(docx_path, work / "input.docx")
        cmd = [soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--convert-to", "pdf", "--outdir", str(work / "out"), str(work / "input.docx")]
        _run_soffice(cmd, timeout, docx_path)
        made = work / "out" / "input.pdf"
        if not made.is_file():
            raise FileProblem(f"LibreOffice 没有生成《{docx_path.name}》的 PDF。请用 Word/WPS 打开后“另存为 PDF”。",
                              path=str(docx_path))
        with atomic_path(target) as out:
            shutil.copyfile(made, out)
    return target


_GRID = re.compile(r"<w:docGrid\b[^>]*/>")
_CHAR_SPACE = re.compile(r'w:charSpace="(-\d+)"')
_TABLE = re.compile(r"<w:tbl>(?:(?!<w:tbl>).)*?</w:tbl>", re.S)  # a table with none inside it
_TABLE_WIDTH = re.compile(r'(<w:tblW\b(?=[^>]*w:type="dxa")[^>]*?\bw:w=")(\d+)(")')
_WIDTHS = re.compile(r'(<w:(?:tblW|tcW)\b(?=[^>]*w:type="dxa")[^>]*?\bw:w="|<w:gridCol\b[^>]*?\bw:w=")(\d+)(")')
FLOAT_ROOM = 300  # twips (0.53 cm) left beside a positioned table, so that LibreOffice 7 positions it
_DEFAULT_RPR = re.compile(r"(<w:rPrDefault>\s*<w:rPr>)(.*?)(</w:rPr>)", re.S)


def for_libreoffice(docx: Path, copy: Path) -> None:
    """Copy ``docx`` to ``copy``, a character grid with a negative pitch made a line grid
    with condensed characters, and positioned tables narrowed (``_narrowed``)."""
    with zipfile.ZipFile(docx) as src:
        parts = {info: src.read(info.filename) for info in src.infolist()}
    document = next((v.decode("utf-8") for k, v in parts.items() if k.filename == "word/document.xml"), "")
    grids = [m.group(0) for m in _GRID.finditer(document) if 'w:type="linesAndChars"' in m.group(0)]
    pitches = [int(m.group(1)) for g in grids for m in [_CHAR_SPACE.search(g)] if m]
    if not pitches and "<w:tblpPr" not in document:
        shutil.copyfile(docx, copy)
        return
    condense = (min(pitches) * 20) // 4096 if pitches else 0  # twentieths of a point, rounded down
    for info in parts:
        text = parts[info].decode("utf-8") if info.filename in ("word/document.xml", "word/styles.xml") else None
        if text is None:
            continue
        if info.filename == "word/document.xml":
            text = _TABLE.sub(lambda m: _narrowed(m.group(0)), _GRID.sub(lambda m: _line_grid(m.group(0)), text))
        elif condense and "<w:spacing" not in (_DEFAULT_RPR.search(text) or [""])[0]:
            text = _DEFAULT_RPR.sub(lambda m: m.group(1) + _with_spacing(m.group(2), condense) + m.group(3), text,
                                    count=1)
        parts[info] = text.encode("utf-8")
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts.items():
            out.writestr(info, data)


def _narrowed(table: str) -> str:
    """A positioned table (``w:tblpPr``) FLOAT_ROOM narrower, every width scaled alike."""
    width = _TABLE_WIDTH.search(table)
    if "<w:tblpPr" not in table or not width or int(width.group(2)) <= FLOAT_ROOM:
        return table
    scale = (int(width.group(2)) - FLOAT_ROOM) / int(width.group(2))
    return _WIDTHS.sub(lambda m: f"{m.group(1)}{int(int(m.group(2)) * scale)}{m.group(3)}", table)


def _with_spacing(rpr: str, condense: int) -> str:
    """The default run properties with a character spacing, in schema order (before the size)."""
    at = rpr.find("<w:sz ")
    spacing = f'<w:spacing w:val="{condense}"/>'
    return rpr + spacing if at < 0 else rpr[:at] + spacing + rpr[at:]


def _line_grid(grid: str) -> str:
    if 'w:type="linesAndChars"' not in grid or not _CHAR_SPACE.search(grid):
        return grid
    return _CHAR_SPACE.sub("", grid).replace('w:type="linesAndChars"', 'w:type="lines"')


def _run_soffice(cmd: list[str], timeout: int, docx_path: Path) -> None:
    flags = subprocess.CREATE_NEW_PROCESS_GROUP if sys.platform == "win32" else 0
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=flags,
                            start_new_session=sys.platform != "win32")
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise FileProblem(f"LibreOffice 转换《{docx_path.name}》超过 {timeout} 秒仍未完成，已停止。"
                          "请关闭正在运行的 LibreOffice 后重试，或用 Word/WPS“另存为 PDF”。", path=str(docx_path))
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip()[:200]
        raise FileProblem(f"LibreOffice 转换《{docx_path.name}》失败（退出码 {proc.returncode}：{detail}）。"
                          "请用 Word/WPS 打开后“另存为 PDF”。", path=str(docx_path))


def _kill(proc: subprocess.Popen) -> None:
    """Stop soffice and the soffice.bin it started (its own process group / tree)."""
    try:
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, timeout=30,
                           check=False)
            proc.kill()
        else:
            os.killpg(proc.pid, 9)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        pass
