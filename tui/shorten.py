"""Names shortened on purpose where a column is too narrow: a word abbreviated as a person
would ('Huiswerkbeg.'), or an ellipsis after a whole word ('Buurtwerk …'), never a word cut
without a mark, as a terminal cell cuts it."""

from __future__ import annotations

import re

from rich.cells import cell_len

VOWELS = "aeiouyAEIOUYéèëïöüÉÈËÏÖÜ"
ELLIPSIS = "…"
SHORTEST = 5  # cells of an abbreviation ('Inlo.'): shorter, nobody recognises the word


def abbreviate(word: str, width: int) -> str:
    """`word` in at most `width` cells: as it is when it fits, else its start ending before a
    vowel, and a full stop ('jeugdwelzijnswerk' -> 'jeugdwelzijnsw.'); brackets are kept
    ('(voormiddag)' -> '(voorm.)')."""
    if cell_len(word) <= width:
        return word
    if width < 2:
        return ELLIPSIS[:width]
    if len(word) > 2 and word[0] == "(" and word[-1] == ")" and width >= 4:
        return f"({abbreviate(word[1:-1], width - 2)})"
    keep = word
    while keep and cell_len(keep) > width - 1:
        keep = keep[:-1]
    ending_on_consonant = keep.rstrip(VOWELS)
    if len(ending_on_consonant) >= 3:
        keep = ending_on_consonant
    return keep.rstrip("-") + "."


def _pieces(name: str) -> list[tuple[str, bool]]:
    """The parts a name may break between: words, and the halves of a hyphenated word
    ('Sluizeken-', 'Tolhuis'); each with whether a space goes before it."""
    pieces = []
    for word in name.split():
        for i, part in enumerate(re.findall(r"[^-]+-?|-", word)):
            pieces.append((part, i == 0))
    return pieces


def name_lines(name: str, width: int, most: int) -> list[str]:
    """`name` on at most `most` lines of `width` cells, broken between words (or after a
    hyphen); a word longer than a line abbreviated; when the lines run out, the last ends in
    '…' after a whole word."""
    lines: list[str] = []
    for part, spaced in _pieces(name):
        part = abbreviate(part, width)
        joined = (lines[-1] + (" " if spaced else "") + part) if lines else part
        if lines and cell_len(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(part)
    if len(lines) <= most:
        return lines
    kept, rest = lines[:most], lines[most - 1].split(" ")
    while rest:
        candidate = " ".join(rest + [ELLIPSIS])
        if cell_len(candidate) <= width:
            kept[-1] = candidate
            return kept
        rest.pop()
    kept[-1] = ELLIPSIS
    return kept


def one_line(name: str, width: int) -> str:
    """`name` in `width` cells on one line: the longest words abbreviated first, each to no
    less than SHORTEST cells or half its length, until it fits; else cut after a whole word,
    with '…'. 'Inloopcentrum De Fontein (voormiddag)' -> 'Inloopc. De Fontein (voormiddag)'."""
    words = name.split()
    while cell_len(" ".join(words)) > width:
        excess = cell_len(" ".join(words)) - width
        longest = max(range(len(words)), key=lambda i: cell_len(words[i]))
        word = words[longest]
        target = max(cell_len(word) - excess, SHORTEST, (cell_len(word) + 1) // 2)
        if target >= cell_len(word):
            break  # nothing left to abbreviate
        words[longest] = abbreviate(word, target)
    text = " ".join(words)
    if cell_len(text) <= width:
        return text
    return name_lines(text, width, 1)[0]
