"""What only the clerk's workspace can vouch for: a secret, and what it signs.

Every split workbook is issued for one (workspace, period, unit) with a fresh
nonce. It carries the nonce and a token, HMAC-SHA256 under the workspace's
secret over all four, and every row's hidden id carries a tag keyed by a row
key derived the same way (the row key itself is never written into a file).
Task ids, numbers and the workspace id are public (they are in every file sent
out); without the secret nobody can make a token or a row tag for another
unit, so a merge can tell a unit's own file from one altered to speak for
another. docs/SECURITY.md says what this protects and how to rotate the secret.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

TOKEN_PURPOSE = "ledger-token-v1"
ROWS_PURPOSE = "ledger-rows-v1"
TAG_SEPARATOR = ":"  # row ids are T/M plus hex digits, so ":" never occurs in them
TAG_LENGTH = 12


def new_secret() -> str:
    return secrets.token_hex(32)


def _mac(key: bytes, purpose: str, parts: tuple[str, ...]) -> str:
    message = "\x1f".join((purpose, *parts)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class FileKey:
    """The keyed identity of one split workbook. ``token``, ``nonce`` and
    ``key_id`` are written into the file; ``row_key`` never is."""

    key_id: str
    nonce: str
    token: str
    row_key: bytes

    def tag(self, sheet: str, row_id: str) -> str:
        """The keyed checksum of one row's identity (which sheet, which row)."""
        return _mac(self.row_key, ROWS_PURPOSE, (sheet, row_id))[:TAG_LENGTH]

    def tagged(self, sheet: str, row_id: str) -> str:
        """The hidden id cell of a row: its id and its tag."""
        return f"{row_id}{TAG_SEPARATOR}{self.tag(sheet, row_id)}"

    def tagger(self, sheet: str) -> Callable[[str], str]:
        """``tagged`` for the rows of one sheet, the MAC keyed and the message's
        start (purpose, sheet) taken once (a split tags every row of a book)."""
        start = hmac.new(self.row_key, "\x1f".join((ROWS_PURPOSE, sheet, "")).encode("utf-8"), hashlib.sha256)

        def tagged(row_id: str) -> str:
            mac = start.copy()
            mac.update(row_id.encode("utf-8"))
            return f"{row_id}{TAG_SEPARATOR}{mac.hexdigest()[:TAG_LENGTH]}"
        return tagged

    def verifies(self, sheet: str, row_id: str, tag: str) -> bool:
        return tag.isascii() and hmac.compare_digest(self.tag(sheet, row_id), tag)


def derive(secret: str, key_id: str, workspace: str, period: str, unit: str, nonce: str) -> FileKey:
    """The key of a file issued with this nonce (at split and again at merge)."""
    key = bytes.fromhex(secret)
    parts = (workspace, period, unit, nonce)
    token = _mac(key, TOKEN_PURPOSE, parts)
    row_key = bytes.fromhex(_mac(key, ROWS_PURPOSE, parts))
    return FileKey(key_id, nonce, token, row_key)


def issue(secret: str, key_id: str, workspace: str, period: str, unit: str) -> FileKey:
    """A fresh key for one workbook about to be written."""
    return derive(secret, key_id, workspace, period, unit, secrets.token_hex(16))


def token_matches(expected: FileKey, token: str) -> bool:
    return hmac.compare_digest(expected.token, token or "")


def split_tagged(value: str) -> tuple[str, str]:
    """A hidden id cell -> (row id, tag); the tag is '' in files written before tags."""
    row_id, _sep, tag = value.partition(TAG_SEPARATOR)
    return row_id, tag
