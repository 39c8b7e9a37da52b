"""File names that work on Windows, whatever a unit is called."""
from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

MAX_STEM = 60  # characters; keeps full paths well under Windows' 260
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_stem(name: str, max_len: int = MAX_STEM) -> str:
    """A unit's name made safe as a Windows file name (without extension)."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("_", text).replace("\n", " ")
    text = re.sub(r"\s+", " ", text).strip().rstrip(". ")
    text = text[:max_len].rstrip(". ") or "未命名"
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text


def unique_names(stems: list[str], suffix: str) -> list[str]:
    """File names for the stems, case-insensitively unique: 名称.xlsx, 名称(2).xlsx …"""
    seen: set[str] = set()
    out = []
    for stem in stems:
        name, n = f"{stem}{suffix}", 1
        while name.lower() in seen:
            n += 1
            name = f"{stem}({n}){suffix}"
        seen.add(name.lower())
        out.append(name)
    return out


def set_aside(folder: Path, pattern: str = "*.xlsx") -> Path | None:
    """Move the files of a folder into a dated sub-folder; never delete them."""
    files = [p for p in folder.glob(pattern) if p.is_file()]
    if not files:
        return None
    keep = folder / f"已替换-{datetime.now():%Y%m%d-%H%M%S}"
    n = 1
    while keep.exists():
        n += 1
        keep = folder / f"已替换-{datetime.now():%Y%m%d-%H%M%S}-{n}"
    keep.mkdir(parents=True)
    for p in files:
        shutil.move(str(p), str(keep / p.name))
    return keep
