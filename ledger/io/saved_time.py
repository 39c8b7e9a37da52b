"""When a workbook was last saved, by its own account.

Which of two files of one unit is newer is decided by the time the office suite
wrote into the file (docProps/core.xml of .xlsx, meta.xml of .ods, the summary
information of .xls), then by the file's modification time; never by its name.
"""
from __future__ import annotations

import re
import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path

_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>([^<]+)</dcterms:modified>")
_ODS_DATE = re.compile(rb"<dc:date>([^<]+)</dc:date>")
HEAD = 64 * 1024  # the properties parts are small; never read more of them


def saved_time(path: Path) -> datetime | None:
    """The last-saved time written inside the file (UTC), or None."""
    try:
        if zipfile.is_zipfile(path):
            return _zip_time(Path(path))
        return None  # .xls: olefile's metadata parser can loop on a crafted vector; the mtime decides
    except Exception:  # an unreadable file has no saved time; merge reports it when it reads it
        return None


def file_order(path: Path) -> tuple[float, float]:
    """(saved time, modification time) as POSIX seconds; 0 for an unknown saved time."""
    saved = saved_time(path)
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        mtime = 0.0
    if saved is None or saved.timestamp() > time.time() + 86_400:
        return (mtime, mtime)  # none written, or a PC with a wrong clock: the file's own mtime decides
    return (saved.timestamp(), mtime)


def _zip_time(path: Path) -> datetime | None:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        for member, pattern in (("docProps/core.xml", _MODIFIED), ("meta.xml", _ODS_DATE)):
            if member in names:
                with zf.open(member) as fh:
                    found = pattern.search(fh.read(HEAD))
                if found:
                    return _parse(found.group(1).decode("ascii", "replace").strip())
    return None


def _parse(text: str) -> datetime | None:
    text = text.replace("Z", "+00:00")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.fromisoformat(text[:19])
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
