"""When a returned file counts as received, for 按时报送 / 逾期报送.

Only what the clerk's own workspace can vouch for decides it: the time the file
was saved on the clerk's disk (its modification time in the 回收 folder, written
by the clerk's own system when the attachment was saved there), never later than
the merge, or than the clerk's ``ledger merge --received`` for files collected
before they were saved to disk. The saved time written inside the file is the
sender's claim (docs/SECURITY.md) and plays no part here; it only orders two
files of one unit (``io/saved_time.py``).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from .errors import UsageError
from .periods import WRITTEN_DAY

_WRITTEN = re.compile(rf"^{WRITTEN_DAY}"  # the day, then an optional time of day
                      r"(?:(?:\s+|T|(?<=日))(\d{1,2})\s*[:时点]\s*(?:(\d{1,2})\s*分?)?(?:\s*:\s*(\d{1,2}))?)?$")


def receipt_time(mtime: float, received_by: datetime) -> datetime:
    """When a file counts as received: its modification time on the clerk's disk
    (0: unknown), never later than ``received_by`` (the merge, or --received)."""
    try:
        on_disk = datetime.fromtimestamp(mtime) if mtime > 0 else received_by
    except (OverflowError, OSError, ValueError):
        on_disk = received_by
    return min(on_disk, received_by)


def parse_received(text: str, now: datetime | None = None) -> datetime:
    """``--received`` as written: 2026-11-27, 2026年11月27日, 2026/11/27 17:30,
    2026年11月27日17时 … A day alone means by the end of that day (not later than
    now). A time after now is refused: no file was received after the merge."""
    now = now or datetime.now()
    m = _WRITTEN.match(unicodedata.normalize("NFKC", text).strip())
    try:
        if not m:
            raise ValueError(text)
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) is None:
            at = datetime.combine(day, time(23, 59, 59)) if day < now.date() else now
        else:
            at = datetime.combine(day, time(int(m.group(4)), int(m.group(5) or 0), int(m.group(6) or 0)))
    except ValueError:
        raise UsageError(f"--received 写的“{text.strip()}”看不懂或不存在。请写成 2026-11-27 或 "
                         "“2026-11-27 17:30”（各单位的表格最晚在这一天或这一时刻已经收到）。") from None
    if at > now or day > now.date():
        raise UsageError(f"--received 写的“{text.strip()}”晚于现在。请写各单位表格实际收齐的日期或时刻"
                         "（不晚于现在），例如 ledger merge --received 2026-11-27。")
    return at
