"""python -m ledger.findings [FILE]: write docs/findings.md (or print it) from the registry."""
from __future__ import annotations

import sys
from pathlib import Path

from .doc import findings_markdown


def main(argv: list[str]) -> int:
    text = findings_markdown()
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8", newline="\n")
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
