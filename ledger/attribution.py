"""Which unit a returned workbook speaks for, and whether it may.

A unit's file is untrusted input; only the clerk's workspace can vouch for it.
A file is taken for a unit when it carries that unit's keyed identity for the
period (ledger.keys): a token only the workspace's secret can make, row ids
tagged with a key derived from it, and the same claims in its hidden sheet and
in its document properties. A file that claims a unit but fails any of these
is rejected and the unit's genuine submission stays current. A file with no
identity at all (rows copied into a new workbook) is never attributed by its
title, file name or content: it waits as 待确认 until the clerk names its unit
(`ledger merge FILE --as 单位`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .findings import Finding, returns
from .io.cell_values import cell_text
from .io.grid import load_grids
from .io.returned import ReturnedBook
from .io.unit_layout import FORMAT_NAME, MEASURE_SHEET, TASK_SHEET
from .keys import derive, token_matches
from .periods import Period, parse_period

CLAIMS = ("format", "workspace", "period", "unit", "key_id", "nonce", "token")
_TITLE = re.compile(r"^(?P<unit>.+?)(?:任务进展填报表|分解任务进展)（(?P<label>[^）]+)）")
FORGED = "标识与单位不符，可能是其他单位的表格或被改动过。"


@dataclass
class IssuedToUnit:
    """What split sent to one unit for the period: its rows by id, and the
    nonces (with their key ids) of the files it was issued."""

    unit: str
    rows: dict[str, dict]  # id -> identity row (sheet, id, task_id, number, checksum)
    by_number: dict[tuple[str, str], list[dict]] = field(default_factory=dict)  # (sheet, number)
    nonces: dict[str, str] = field(default_factory=dict)  # nonce -> key id


def issued_to_units(split_files: list[dict]) -> dict[str, IssuedToUnit]:
    out: dict[str, IssuedToUnit] = {}
    for f in split_files:  # later splits of the period overwrite earlier rows of the same id
        issued = out.setdefault(f["unit"], IssuedToUnit(f["unit"], {}))
        for row in f["rows"]:
            issued.rows[row["id"]] = row
        if f.get("nonce"):
            issued.nonces[f["nonce"]] = f.get("key_id") or ""
    for issued in out.values():
        for row in issued.rows.values():
            issued.by_number.setdefault((row["sheet"], row["number"]), []).append(row)
    return out


@dataclass
class Attribution:
    """The verdict on one returned file."""

    unit: str = ""
    status: str = "accepted"  # "accepted" | "rejected" | "pending"
    reason: str = ""
    warnings: list[Finding] = field(default_factory=list)

    @classmethod
    def rejected(cls, reason: str) -> "Attribution":
        return cls(status="rejected", reason=reason)


def _names_of(unit: str) -> list[str]:
    """A unit's name and the short form people write in a file's name (东关镇 for 东关镇人民政府), three characters at
    least."""
    short = unit.removesuffix("人民政府")
    return [n for n in dict.fromkeys((unit, short)) if len(n) >= 3]


class Verifier:
    """Checks files against what the workspace issued for one period."""

    def __init__(self, workspace_id: str, period: Period, issued: dict[str, IssuedToUnit], units: set[str],
                 secret_of, signed_current=lambda unit: ""):
        self.workspace_id, self.period, self.issued, self.units = workspace_id, period, issued, units
        self.secret_of = secret_of  # key id -> the workspace secret (None when unknown)
        self.signed_current = signed_current  # unit -> file name of its current signed report, or ""

    def attribute(self, book: ReturnedBook, as_unit: str | None = None) -> Attribution:
        if book.meta_source == "none":
            return self._without_identity(book, as_unit)
        claim = self._claims(book)
        if isinstance(claim, Attribution):
            return claim
        reason = self._keys(book, claim)
        if reason:
            return Attribution.rejected(reason)
        warnings = []
        if as_unit and as_unit != claim:  # --as is for files without identity; this one speaks for itself
            warnings.append(returns.AS_NOT_APPLIED(book.path.name, value=as_unit, unit=claim))
        other = self._named_otherwise(book, claim)
        if other:  # 天吉泰镇 filled in 隆兴昌镇's form and named it after itself: the form's unit, and a word
            warnings.append(returns.NAMED_AS_ANOTHER(book.path.name, unit=claim, other=other))
        return Attribution(claim, warnings=warnings)

    def _named_otherwise(self, book: ReturnedBook, claim: str) -> str:
        """Another unit the file's name or its 填报人 names, where neither names the unit whose form it is."""
        said = book.path.stem + "".join(v for sheet in book.sheets for v in sheet.sheet_inputs.values())
        if any(name in said for name in _names_of(claim)):
            return ""
        return next((u for u in sorted(self.issued, key=len, reverse=True)
                     if u != claim and any(name in said for name in _names_of(u))), "")

    def _claims(self, book: ReturnedBook) -> str | Attribution:
        """The unit the file claims, or why its claims do not hold."""
        meta = book.meta
        if meta.get("format", FORMAT_NAME) != FORMAT_NAME:
            return Attribution.rejected("这不是 ledger 下发的填报表。")
        disagree = [k for k in CLAIMS if k in meta and k in book.properties and meta[k] != book.properties[k]]
        if disagree:
            return Attribution.rejected(FORGED + "（隐藏表与文件属性中的标识不一致）")
        if meta.get("workspace") and meta["workspace"] != self.workspace_id:
            return Attribution.rejected("这是另一个工作区（其他台账）下发的填报表，不属于本台账。")
        if meta.get("period") != self.period.key:
            return Attribution.rejected(
                f"这是{_label(meta.get('period'))}的填报表，不是本期（{self.period.label}）的。请让该单位填写本期下发的表格。")
        unit = meta.get("unit", "")
        if unit not in self.units:
            return Attribution.rejected(f"报送单位“{unit}”不在本工作区的单位名录中。")
        if unit not in self.issued:
            return Attribution.rejected(f"本期没有给“{unit}”下发过填报表。")
        return unit

    def _keys(self, book: ReturnedBook, unit: str) -> str:
        """'' when the file carries the keyed identity issued to ``unit``."""
        issued = self.issued[unit]
        if not issued.nonces:
            return ""  # issued before keyed identity (format 1): nothing to verify against
        meta = book.meta
        nonce, key_id = meta.get("nonce", ""), meta.get("key_id", "")
        secret = self.secret_of(key_id) if issued.nonces.get(nonce) == key_id and nonce else None
        if secret is None:
            return FORGED
        key = derive(secret, key_id, self.workspace_id, self.period.key, unit, nonce)
        if not token_matches(key, meta.get("token", "")):
            return FORGED
        for sheet in book.sheets:
            name = MEASURE_SHEET if sheet.kind == "measures" else TASK_SHEET
            for row in sheet.rows:
                if row.id and not (key.verifies(name, row.id, row.tag) and row.id in issued.rows):
                    return f"第{row.row}行的任务标识不属于“{unit}”的本期填报表：" + FORGED
        return ""

    def _without_identity(self, book: ReturnedBook, as_unit: str | None) -> Attribution:
        found = title_identity(book, self.issued)
        if found.get("label") and found["label"] != self.period.label:
            return Attribution.rejected(f"文件是“{found['label']}”的填报表，不是本期（{self.period.label}）的。")
        if not as_unit:
            guess = f"表头写的是“{found['unit']}”，" if found.get("unit") else ""
            return Attribution(found.get("unit", ""), "pending",
                               "文件中没有 ledger 下发表的隐藏标识（可能是把内容复制到了新表格），不能自动认定报送单位；"
                               f"{guess}请核实是哪个单位报送的。")
        if as_unit not in self.issued:
            return Attribution.rejected(f"本期没有给“{as_unit}”下发过填报表，不能记为该单位的报送。")
        refused = self._confirmable(book, as_unit)
        if refused:
            return Attribution.rejected(refused)
        return Attribution(as_unit, warnings=[returns.IDENTITY_CONFIRMED(book.path.name, unit=as_unit)])

    def _confirmable(self, book: ReturnedBook, unit: str) -> str:
        """Why a file without identity may not be confirmed as ``unit`` ('' when it
        may): the clerk's word does not outrank a signed report of the unit, nor
        row ids the file still carries that were issued to another unit or period."""
        signed = self.signed_current(unit)
        if signed:
            return (f"“{unit}”本期已有带标识的正式报送《{signed}》，不能用没有标识的文件替换。"
                    "如需更正，请让该单位在下发的原表上修改后重新报送。")
        issued = self.issued[unit]
        keys = [derive(secret, key_id, self.workspace_id, self.period.key, unit, nonce)
                for nonce, key_id in issued.nonces.items() if (secret := self.secret_of(key_id)) is not None]
        for sheet in book.sheets:
            name = MEASURE_SHEET if sheet.kind == "measures" else TASK_SHEET
            for row in sheet.rows:
                if row.id and not _was_issued(row.id, row.tag, name, issued, keys):
                    return (f"第{row.row}行带有的任务标识不是本期下发给“{unit}”的（可能是其他单位或其他周期的表格），"
                            f"不能记为“{unit}”的报送。请核实文件来源。")
        return ""


def _was_issued(row_id: str, tag: str, sheet: str, issued: IssuedToUnit, keys: list) -> bool:
    """A row id (and its keyed tag, when the unit's files carry tags) issued to this unit."""
    if row_id not in issued.rows:
        return False
    return not issued.nonces or any(key.verifies(sheet, row_id, tag) for key in keys)


def title_identity(book: ReturnedBook, known_units: Iterable[str]) -> dict[str, str]:
    """Without metadata: the unit and period written in the sheet's title row (a
    guess shown to the clerk, never taken on its own)."""
    units = set(known_units)
    for grid in load_grids(book.path, hidden=False):
        for row in grid.rows[:3]:
            for value in row:
                m = _TITLE.match(cell_text(value))
                if m and m.group("unit") in units:
                    return {"unit": m.group("unit"), "label": m.group("label")}
    return {}


def _label(period_key: str | None) -> str:
    try:
        return parse_period(period_key).label if period_key else "未知周期"
    except Exception:
        return str(period_key)
