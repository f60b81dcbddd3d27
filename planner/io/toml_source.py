"""Reading a TOML file of an organisation folder, and finding the line of a key in it.

tomllib returns plain dicts without positions; to name the line of a bad value we look for
the key in the text, within the table or the n-th [[array]] entry it belongs to.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.errors import InputError
from planner.message import msg

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")


@dataclass(frozen=True)
class TomlSource:
    name: str
    data: dict[str, Any]
    lines: tuple[str, ...]

    def table_line(self, table: str) -> int | None:
        """Line of the header `[table]` (e.g. 'rules.hard')."""
        found = self._headers(table, double=False)
        return found[0] if found else None

    def key_line(
        self, key: str, *, array: str | None = None, entry: int = 0, table: str | None = None
    ) -> int | None:
        """Line where `key` is set: at the top level, or in the `entry`-th (0-based)
        `[[array]]`, and there in the sub-table `[table]` if given (e.g. 'activity.staffing').
        Falls back to the line of the entry or table header; None when nothing is found."""
        first, last = 1, len(self.lines)
        if array is not None:
            starts = self._headers(array, double=True)
            if entry >= len(starts):
                return None
            first = starts[entry]
            last = starts[entry + 1] - 1 if entry + 1 < len(starts) else len(self.lines)
        if table is not None:
            inside = [n for n in self._headers(table, double=False) if first <= n <= last]
            if inside:
                first = inside[0]
        pattern = re.compile(rf"(^|[{{,\s])[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(first, last + 1):
            line = self.lines[number - 1]
            if number != first and _HEADER.match(line):
                break
            if pattern.search(line.split("#", 1)[0]):
                return number
        # Inline tables (`staffing = { professionals = 2 }`) put the key elsewhere.
        for number in range(first, last + 1):
            if pattern.search(self.lines[number - 1].split("#", 1)[0]):
                return number
        return first if (array or table) else None

    def _headers(self, name: str, *, double: bool) -> list[int]:
        found = []
        for number, line in enumerate(self.lines, 1):
            match = _HEADER.match(line)
            is_double = line.lstrip().startswith("[[")
            if match and is_double == double and match.group(1).replace(" ", "") == name:
                found.append(number)
        return found


def read_toml(path: Path) -> TomlSource:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, None, None, msg("is not UTF-8 text")) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else None
        message = message[: match.start()].strip() if match else message
        raise InputError(
            name, line, None, msg("is not valid TOML: {reason}", reason=message)
        ) from None
    return TomlSource(name, data, tuple(text.splitlines()))
