"""Names a spreadsheet could not keep. Excel saving 'CSV' in Windows-1252 writes '?' for a
letter that encoding cannot hold: Ayşe Yılmaz comes back as Ay?e Y?lmaz. A reload of such a
file would rename people silently; instead the name the planner holds is kept when the file's
differs from it only there, and every other such name is warned about."""

from __future__ import annotations

from dataclasses import replace

from planner.domain import Organisation
from planner.io import people_csv
from planner.io.folder import Folder
from planner.message import Message, msg


def keep_names(loaded: Folder, held: Organisation | None) -> Folder:
    """`loaded` with the held names kept where the file lost letters, and a warning for each
    name with such a '?'."""
    if not loaded.question_marks:
        return loaded
    stored = {p.id: p.name for p in held.people} if held is not None else {}
    people = {p.id: p for p in loaded.organisation.people}
    warnings: list[Message] = []
    for person_id, line in loaded.question_marks:
        read, before = people[person_id].name, stored.get(person_id)
        values = {"file": people_csv.FILE, "line": line, "read": read}
        if before is not None and lost_letters_of(read, before):
            people[person_id] = replace(people[person_id], name=before)
            warnings.append(
                msg(
                    "{file} line {line}: '{read}' is kept as '{name}': the file is Windows-1252, "
                    "which cannot hold a letter of it (a spreadsheet writes '?'); save it as "
                    "'CSV UTF-8' to keep every letter",
                    name=before,
                    **values,
                )
            )
        else:
            warnings.append(
                msg(
                    "{file} line {line}: the name '{read}' holds a '?', which a spreadsheet "
                    "writes for a letter Windows-1252 cannot hold: check the name, or save the "
                    "file as 'CSV UTF-8' and load it again",
                    **values,
                )
            )
    organisation = replace(
        loaded.organisation, people=tuple(people[p.id] for p in loaded.organisation.people)
    )
    return replace(loaded, organisation=organisation, warnings=(*loaded.warnings, *warnings))


def lost_letters_of(read: str, held: str) -> bool:
    """Whether `read` is `held` with a '?' for each letter Windows-1252 cannot hold, and no
    other change."""
    if len(read) != len(held) or read == held:
        return False
    for mark, letter in zip(read, held, strict=True):
        if mark == letter:
            continue
        if mark != "?" or _in_cp1252(letter):
            return False
    return True


def _in_cp1252(letter: str) -> bool:
    try:
        letter.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True
