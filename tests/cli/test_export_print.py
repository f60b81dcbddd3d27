"""`roster export print`: the week on the wall, one A4 landscape page per site, names as the
organisation chose, unstaffed shifts marked; rendered by a real Chromium when it is there."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.cli.roster_run import roster
from tests.io.folder_builder import (
    INLOOP,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)

TAALCAFE = """
[[activity]]
id = "taalcafe"
name = "Taalcafé"
kind = "language_cafe"
site = "Buurtpunt Rabot"
rrule = "FREQ=WEEKLY;BYDAY=WE"
start = "14:00"
end = "16:00"

[activity.staffing]
professionals = 1
volunteers_max = 2
"""
WEEK = ("--from", "2026-11-30", "--weeks", "1")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Els on leave on Tuesday: the drop-in has nobody else, so Tuesday is unstaffed."""
    tmp = tmp_path_factory.mktemp("wall")
    db = f"sqlite:///{tmp / 'roster.db'}"
    people = [professional_row(), volunteer_row(max_shifts_per_week="5", max_shifts_per_month="20")]
    folder = write_folder(
        tmp / "org",
        activities=INLOOP + TAALCAFE,
        people=people,
        absences=[absence_row("els", "2026-12-01", "2026-12-01")],
    )
    from cli import main

    for args in (
        ("load", str(folder)),
        ("plan", *WEEK, "--time-limit", "5"),
        ("publish", *WEEK),
    ):
        try:
            main(["--db", db, "--lang", "en", *args])
        except SystemExit as exc:
            assert exc.code in (0, None), args
    return db, tmp


def test_one_page_per_site_with_first_names_and_the_unstaffed_shift_marked(capsys, published):
    db, _tmp = published

    page = roster(capsys, db, "export", "print", *WEEK, lang="nl").out

    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert "@page { size: A4 landscape" in page
    assert page.count('<section class="sheet">') == 2
    assert re.findall(r"<h1>(.*?)</h1>", page) == ["Sociaal Huis, Markt 1", "Buurtpunt Rabot"]
    assert "dinsdag 1 dec" in page
    assert page.count("ONBEZET") == 1  # Tuesday's drop-in
    assert '<li class="pro">Els</li>' in page and "Vermeulen" not in page
    assert '<li class="vol">Jan</li>' in page


def test_full_names_and_one_site(capsys, published):
    db, _tmp = published

    page = roster(capsys, db, "export", "print", *WEEK, "--site", "rabot", "--names", "full").out

    assert page.count('<section class="sheet">') == 1
    assert "<h1>Buurtpunt Rabot</h1>" in page and "Markt 1" not in page
    assert '<li class="pro">Els Vermeulen</li>' in page
    unknown = roster(capsys, db, "export", "print", *WEEK, "--site", "Gent")
    assert unknown.code == 2
    assert "no site contains 'Gent' (sites: Sociaal Huis, Markt 1, Buurtpunt Rabot)" in unknown.err


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (apt-get install chromium)")
def test_chromium_prints_each_site_on_one_a4_landscape_page(capsys, published):
    db, tmp = published
    html = tmp / "wall.html"
    assert roster(capsys, db, "export", "print", *WEEK, "-o", str(html)).code == 0
    pdf, png = tmp / "wall.pdf", tmp / "wall.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking"]  # fmt: skip
    url = html.as_uri()
    assert CHROMIUM is not None
    subprocess.run(
        [CHROMIUM, *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    subprocess.run(
        [CHROMIUM, *flags, "--window-size=1123,794", f"--screenshot={png}", url],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip

    data = pdf.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 2  # one page per site, no overflow
    boxes = {tuple(round(float(v)) for v in box.split()) for box in
             re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)}  # fmt: skip
    assert boxes == {(0, 0, 842, 595)}  # A4 landscape, in points
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20_000
