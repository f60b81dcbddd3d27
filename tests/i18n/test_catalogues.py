"""Every message of the code is in every catalogue, and nothing else is: extracted from the
sources the way docs/i18n.md extracts them, and compared with each .po file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from planner.i18n.language import DOMAIN, LOCALE_DIR, locales

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("planner", "cli", "tui", "fixtures", "web")
# The keywords beyond gettext's own: the text-as-data messages of planner/message.py.
KEYWORDS = {**DEFAULT_KEYWORDS, "msg": None, "nmsg": (1, 2)}
DOCUMENTED = "-k msg -k nmsg:1,2"
# Complete in every catalogue: what volunteers receive (calendars, change notices, reminders,
# their page).
RECEIVED_BY_VOLUNTEERS = (
    "planner/io/ics.py",
    "planner/io/notice_mail.py",
    "planner/io/reminder_mail.py",
    "web/page_words.py",
    "planner/io/page_mail.py",
    "planner/io/link_mail.py",
)
COMPLETE = ("nl",)  # nl_BE translates everything; English is the message ids themselves
FIELD = re.compile(r"\{(\w+)[^}]*\}")

Key = tuple[str | None, str | tuple[str, ...]]


def extracted() -> dict[Key, set[str]]:
    """(context, id) of every message in the sources -> the files it is in."""
    with open(LOCALE_DIR.parent / "babel.cfg") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[Key, set[str]] = {}
    for source in SOURCES:
        for name, _line, message, _comments, context in extract_from_dir(
            ROOT / source, method_map, options_map, keywords=KEYWORDS
        ):
            key = (context, message if isinstance(message, str) else tuple(message))
            found.setdefault(key, set()).add(f"{source}/{name}")
    return found


def catalogue(path: Path) -> dict[Key, object]:
    with open(path, "rb") as handle:
        messages = read_po(handle)
    return {(m.context, m.id): m for m in messages if m.id}


@pytest.fixture(scope="module")
def source_messages() -> dict[Key, set[str]]:
    return extracted()


def po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def test_nl_en_and_fr_have_catalogues():
    assert locales() == {"en": "en_BE", "fr": "fr_BE", "nl": "nl_BE"}


@pytest.mark.parametrize("path", po_files(), ids=lambda p: p.parent.parent.name)
def test_a_catalogue_holds_every_message_of_the_code_and_no_stale_one(path, source_messages):
    held = catalogue(path)
    missing = sorted(map(str, set(source_messages) - set(held)))
    stale = sorted(map(str, set(held) - set(source_messages)))
    assert not missing, f"{path.name} lacks these messages; run pybabel update (docs/i18n.md)"
    assert not stale, f"{path.name} holds messages the code no longer has: {stale}"


def test_the_template_is_the_code_as_it_is(source_messages):
    held = catalogue(LOCALE_DIR.parent / f"{DOMAIN}.pot")
    assert set(held) == set(source_messages), "run pybabel extract (docs/i18n.md)"


@pytest.mark.parametrize("path", po_files(), ids=lambda p: p.parent.parent.name)
def test_every_translation_fills_only_the_fields_its_message_has(path):
    wrong = []
    for (_context, msgid), message in catalogue(path).items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        fields = set().union(*(FIELD.findall(i) for i in ids))
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if text and not set(FIELD.findall(text)) <= fields | {"n"}:
                wrong.append((msgid, text))
    assert wrong == []


def _untranslated(path: Path, keys) -> list:
    held = catalogue(path)
    out = []
    for key in keys:
        message = held[key]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if "fuzzy" in message.flags or not all(strings):
            out.append(key[1])
    return out


def test_dutch_translates_every_message(source_messages):
    for code in COMPLETE:
        path = LOCALE_DIR / locales()[code] / "LC_MESSAGES" / f"{DOMAIN}.po"
        assert _untranslated(path, source_messages) == [], f"{path} misses translations"


def test_every_catalogue_translates_what_volunteers_receive(source_messages):
    received = [k for k, files in source_messages.items() if files & set(RECEIVED_BY_VOLUNTEERS)]
    assert received  # the calendar's words are messages of planner/io/ics.py
    for path in po_files():
        if path.parent.parent.name.startswith("en"):
            continue  # the message ids are English
        assert _untranslated(path, received) == [], f"{path} misses what volunteers receive"


def test_no_message_is_hidden_in_an_f_string():
    """The extraction does not look inside f-strings: _() there would never be translated."""
    names = {"_", "ngettext", "pgettext", "N_", "msg", "nmsg"}
    hidden = []
    for source in SOURCES:
        for path in (ROOT / source).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.JoinedStr):
                    continue
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) in names:
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == []


def test_the_documented_extraction_uses_these_keywords():
    assert DOCUMENTED in (ROOT / "docs" / "i18n.md").read_text(encoding="utf-8")
