"""Writing what a command produces: whole files or nothing, every refusal of the operating
system one sentence (FileProblem, its own exit code)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from planner.errors import FileProblem


def write_file(path: Path, data: bytes) -> None:
    """Write through a temporary file beside it, so a reader never sees half a file. The
    folder must exist: a typo in it should not make a tree of folders. A path that cannot be
    written (no such folder, no permission, a full disk, a device) -> FileProblem, and
    nothing is left behind."""
    path = Path(path)
    if path.is_dir():
        raise FileProblem(_is_folder(path))
    if path.exists() and not path.is_file():
        # A device or a pipe (/dev/full, /dev/stdout): write to it as it is.
        try:
            with path.open("wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise FileProblem.of(path, exc) from None
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileProblem.of(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FileProblem.of(path, exc) from None


def can_write(path: Path) -> None:
    """FileProblem now, when `write_file` could not write `path` later: for a command that
    must not change anything it could not then report (secret links printed to nowhere)."""
    path = Path(path)
    if path.is_dir():
        raise FileProblem(_is_folder(path))
    if path.exists() and not path.is_file():
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileProblem.of(path, exc) from None
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)


def write_text(path: Path, text: str) -> None:
    write_file(path, text.encode("utf-8"))


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem.of(folder, exc) from None
    if not folder.is_dir():
        raise FileProblem.of(folder, FileExistsError(17, "exists", str(folder)))


def _is_folder(path: Path):
    from planner.message import msg

    return msg("{path}: cannot write: it is a folder, not a file", path=str(path))


# Wide enough for a table read in a file or a pager, narrow enough for most screens.
PIPED_WIDTH = 100


def text_width(to_terminal: bool) -> int:
    """How many columns a table may take: COLUMNS when it is set, else the terminal's width
    when the text goes to one, else PIPED_WIDTH (piped, or written with -o)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if to_terminal:
        try:
            return os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError):
            pass
    return PIPED_WIDTH
