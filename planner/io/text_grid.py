"""Plain-text tables for a terminal, and the narrower forms of the same table for a narrow
terminal: headings over two lines, then the table turned (figures down, weeks across) in bands
as wide as the terminal. Every form shows every cell: a narrow terminal changes the layout,
never what is shown (docs/reports.md)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

Cells = Sequence[str]
# A row of cells, or a line of its own across the table (a group's name, or "" for a gap).
Line = Cells | str

GAP = "  "


def grid(
    headers: Sequence[str],
    lines: Sequence[Line],
    *,
    text_columns: int = 1,
    heading_lines: int = 1,
) -> list[str]:
    """Names left, figures right, as a reader scans them; a heading wraps over at most
    `heading_lines` lines, as narrow as its column's cells allow."""
    rows = [line for line in lines if not isinstance(line, str)]
    least = [max([0] + [len(row[i]) for row in rows]) for i in range(len(headers))]
    heads = [_wrapped(h, n, heading_lines) for h, n in zip(headers, least, strict=True)]
    widths = [max([n] + [len(part) for part in head]) for n, head in zip(least, heads, strict=True)]
    depth = max(len(head) for head in heads)

    def fmt(cells: Cells) -> str:
        parts = [
            c.ljust(w) if i < text_columns else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return GAP.join(parts).rstrip()

    # Headings sit on the rule, as in a printed table: a short one leaves the top line empty.
    out = [fmt([([""] * (depth - len(head)) + head)[k] for head in heads]) for k in range(depth)]
    out.append(GAP.join("-" * w for w in widths))
    out += [line if isinstance(line, str) else fmt(line) for line in lines]
    return out


def turned(headers: Sequence[str], lines: Sequence[Cells], width: int) -> list[str]:
    """The table turned: each column a row labelled by its heading, each line a column headed
    by its first cell (a week), `headers[0]` in the corner; columns that do not fit the width
    follow in a band of their own below, with the labels again."""
    labels = list(headers)
    label_width = max(len(x) for x in labels)
    widths = [max(len(cell) for cell in line) for line in lines]
    bands: list[list[int]] = []
    used = label_width
    for j, w in enumerate(widths):
        if bands and used + len(GAP) + w <= width:
            bands[-1].append(j)
            used += len(GAP) + w
        else:
            bands.append([j])
            used = label_width + len(GAP) + w
    out: list[str] = []
    for band in bands:
        if out:
            out.append("")
        columns = [lines[j] for j in band]
        rows = [[labels[i], *(column[i] for column in columns)] for i in range(1, len(labels))]
        out += grid([labels[0], *(column[0] for column in columns)], rows)
    return out


def fitted(headers: Sequence[str], lines: Sequence[Cells], width: int | None) -> list[str]:
    """The table on one line per row if it fits `width` (None: any width), else with its
    headings over two lines, else turned."""
    flat = grid(headers, lines)
    if width is None or widest(flat) <= width:
        return flat
    folded = grid(headers, lines, heading_lines=2)
    if widest(folded) <= width:
        return folded
    return turned(headers, lines, width)


def widest(lines: Sequence[str]) -> int:
    return max((len(line) for line in lines), default=0)


def wrap(text: str, width: int | None, indent: str = "") -> list[str]:
    """A sentence on lines of at most `width` (None: one line); continued lines are indented
    under the first's text."""
    if width is None or len(text) <= width:
        return [text]
    lead = text[: len(text) - len(text.lstrip())]
    return textwrap.wrap(
        text,
        width,
        subsequent_indent=lead + indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [text]


def _wrapped(heading: str, least: int, most_lines: int) -> list[str]:
    """The heading on at most `most_lines` lines, as narrow as that and `least` allow."""
    if most_lines <= 1 or len(heading) <= least:
        return [heading]
    longest_word = max(len(word) for word in heading.split())
    for w in range(max(least, longest_word), len(heading)):
        parts = textwrap.wrap(heading, w, break_long_words=False, break_on_hyphens=False)
        if len(parts) <= most_lines:
            return parts
    return [heading]
