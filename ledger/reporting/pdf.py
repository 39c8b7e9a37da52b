"""The 通报 as PDF, through LibreOffice headless (optional: without it, the .docx is the 通报).

soffice runs with a private profile (so a LibreOffice the clerk has open does
not swallow the job), a time limit, and in a process group of its own, so a hung
conversion is stopped together with the soffice.bin it started.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
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
        shutil.copyfile(docx_path, work / "input.docx")
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
