"""The demo's published week: 100 % professional cover, and every figure of the report
recomputed here independently, from `roster export json` and the demo's people.csv, without
any of the report's code."""

from __future__ import annotations

import csv
import json
import re
import statistics
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cli import main
from fixtures import DEMO
from planner.domain import Absence, AbsenceKind, Roster
from planner.explain import unstaffed_reasons
from planner.i18n.explanations import unstaffed_text
from planner.i18n.words import Words
from planner.service import Service
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from tests.builders import unstaffed_as_data
from tests.calendars.demo_world import DEMO_WEEK, published_demo


@pytest.fixture
def demo(tmp_path_factory, tmp_path, capsys):
    repo, db = published_demo(tmp_path_factory, tmp_path)
    out = tmp_path / "roster.json"
    main(["--db", db, "--lang", "en", "export", "json", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--published", "-o", str(out)])  # fmt: skip
    capsys.readouterr()
    with (DEMO / "people.csv").open(encoding="utf-8") as handle:
        people = {row["id"]: row for row in csv.DictReader(handle)}
    return repo, db, json.loads(out.read_text(encoding="utf-8")), people


def hours(shift: dict) -> float:
    start, end = datetime.fromisoformat(shift["start"]), datetime.fromisoformat(shift["end"])
    return (end - start).total_seconds() / 3600  # offsets included: real hours


def recompute(doc: dict, people: dict) -> dict:
    quals = {p["id"]: set(p["qualifications"]) for p in doc["people"]}
    kinds = {p["id"]: p["kind"] for p in doc["people"]}
    on = defaultdict(list)
    for a in doc["assignments"]:
        on[a["shift"]].append(a)
    open_shifts = [s for s in doc["shifts"] if s["status"] != "closed"]
    per_activity = defaultdict(lambda: defaultdict(float))
    ratios, regular, places = [], 0, 0
    vol_shifts = defaultdict(int)
    pro_hours = defaultdict(float)
    for s in open_shifts:
        pros = [a["person"] for a in on[s["id"]] if a["role"] == "professional"]
        vols = [a["person"] for a in on[s["id"]] if a["role"] == "volunteer"]
        good = [
            p
            for p in pros
            if kinds[p] == "professional" and set(s["professional_qualifications"]) <= quals[p]
        ]
        covered = len(good) >= s["professionals_needed"]
        fig = per_activity[s["activity"]]
        fig["shifts"] += 1
        fig["covered"] += covered
        fig["pro_hours"] += hours(s) * len(pros)
        fig["vol_hours"] += hours(s) * len(vols)
        if covered and s["volunteers_max"] > 0:
            ratios.append(len(vols) / len(pros))
        for pid in pros + vols:
            places += 1
            # One week, nothing published before it: a regular is someone at home there.
            regular += people[pid]["home_activity"] == s["activity"]
        for pid in vols:
            vol_shifts[pid] += 1
        for pid in pros:
            pro_hours[pid] += hours(s)
    loads = {
        pid: vol_shifts[pid] / int(row["max_shifts_per_week"])
        for pid, row in people.items()
        if row["kind"] == "volunteer"
    }
    contract = {
        pid: float(row["hours_per_week"])
        for pid, row in people.items()
        if row["kind"] == "professional"
    }
    total = lambda key: sum(f[key] for f in per_activity.values())  # noqa: E731
    return {
        "shifts": total("shifts"),
        "covered": total("covered"),
        "pro_hours": total("pro_hours"),
        "vol_hours": total("vol_hours"),
        "ratio_mean": statistics.fmean(ratios),
        "ratio_max": max(ratios),
        "continuity": regular / places,
        "per_activity": per_activity,
        "load_max": max(loads.values()),
        "load_median": statistics.median(v for p, v in loads.items() if vol_shifts[p]),
        "at_limit": sum(1 for v in loads.values() if v == 1.0),
        "contract_share": sum(pro_hours.values()) / sum(contract.values()),
        "pro_share_max": max(pro_hours[p] / c for p, c in contract.items()),
    }


def test_demo_week_is_fully_covered_on_the_command_line(demo, capsys):
    _, db, _, _ = demo
    main(
        [
            "--db",
            db,
            "--lang",
            "en",
            "report",
            "ratios",
            "--from",
            DEMO_WEEK.start.isoformat(),
            "--weeks",
            "1",
        ]
    )
    out = capsys.readouterr().out

    assert "Professional cover, whole window: 100 %" in out
    assert "Every planned shift has its qualified professionals." in out
    assert "not planned" not in out  # the whole week is published


def test_report_figures_match_an_independent_count_from_the_json_export(demo):
    repo, _, doc, people = demo
    mine = recompute(doc, people)
    report = Service(repo).ratio_report(DEMO_WEEK)
    total = report.total

    assert (total.shifts, total.covered) == (mine["shifts"], mine["covered"])
    assert total.cover == 1.0
    assert total.professional_hours == pytest.approx(mine["pro_hours"])
    assert total.volunteer_hours == pytest.approx(mine["vol_hours"])
    assert total.volunteer_hours_per_professional_hour == pytest.approx(
        mine["vol_hours"] / mine["pro_hours"]
    )
    assert total.volunteers_per_professional_mean == pytest.approx(mine["ratio_mean"])
    assert total.volunteers_per_professional_max == pytest.approx(mine["ratio_max"])
    assert total.continuity == pytest.approx(mine["continuity"])
    for row in report.activity_totals():
        theirs = mine["per_activity"][row.activity_id]
        assert row.figures.shifts == theirs["shifts"], row.activity_id
        assert row.figures.professional_hours == pytest.approx(theirs["pro_hours"]), row.activity_id
        assert row.figures.volunteer_hours == pytest.approx(theirs["vol_hours"]), row.activity_id
    load = report.volunteer_load[0]
    assert load.max_load == pytest.approx(mine["load_max"])
    assert load.median_load == pytest.approx(mine["load_median"])
    assert load.at_limit == mine["at_limit"]
    hours_ = report.contract_hours[0]
    assert hours_.share == pytest.approx(mine["contract_share"])
    assert hours_.max_share == pytest.approx(mine["pro_share_max"])


def test_html_report_is_one_self_contained_file(demo, tmp_path):
    _, db, _, _ = demo
    out = tmp_path / "ratios.html"
    main(["--db", db, "--lang", "en", "report", "ratios", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--format", "html", "-o", str(out)])  # fmt: skip
    html = out.read_text(encoding="utf-8")

    assert html.count("<svg") >= 4
    assert "Professional cover" in html and "100 %" in html
    for external in ("src=", "href=", "@import", "url("):
        assert external not in html, external


def test_csv_report_has_a_cover_column_reading_one_for_every_activity(demo, capsys):
    _, db, _, _ = demo
    main(["--db", db, "--lang", "en", "report", "ratios", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--format", "csv"])  # fmt: skip
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))

    cover = next(c for c in rows[0] if "cover" in c)
    assert {r[cover] for r in rows if r["section"] == "ratios"} == {"1.0"}


def test_no_name_of_anyone_in_the_demo_appears_in_any_report_output(demo, tmp_path, capsys):
    repo, db, _, _ = demo
    org = repo.load_organisation()
    shifts = [s for s in generate_shifts(org, DEMO_WEEK) if not s.closed]
    # Half the professionals on leave or sick on the first day, that day's shifts emptied and
    # explained the way the planner explains them: sentences full of names.
    day = DEMO_WEEK.start
    start = datetime.combine(day, time(0), ZoneInfo(org.timezone))
    pros = [p for p in org.people if p.is_professional]
    for i, p in enumerate(pros[: len(pros) // 2]):
        kind = AbsenceKind.SICKNESS if i % 2 else AbsenceKind.LEAVE
        repo.add_absence(Absence(p.id, start, start + timedelta(days=1), kind))
    emptied = {s.id for s in shifts if s.local_date == day}
    published = repo.roster(DEMO_WEEK, published=True)
    kept = tuple(a for a in published.assignments if a.shift_id not in emptied)
    draft = Roster(DEMO_WEEK, kept, unstaffed_as_data(dict.fromkeys(emptied, "")))
    reasons = unstaffed_reasons(
        org, DEMO_WEEK, shifts, draft, repo.absences(), settings_from_toml(org.rules)
    )
    names = [p.name for p in org.people]
    said = [unstaffed_text(r, Words.of(org)) for r in reasons.values()]
    assert any(n in r for r in said for n in names)  # what the planner tells the coordinator
    repo.save_roster(replace(draft, unstaffed=reasons), shifts)

    outputs = {}
    for fmt in ("table", "csv", "html"):
        main(["--db", db, "--lang", "en", "report", "ratios", "--from", day.isoformat(), "--weeks", "1", "--working", "--format", fmt])  # fmt: skip
        outputs[fmt] = capsys.readouterr().out

    assert "Shifts without their professionals" in outputs["table"]
    words = {w for n in names for w in n.split() if len(w) > 2} | set(names)
    for fmt, text in outputs.items():
        for word in words:
            assert not re.search(rf"\b{re.escape(word)}\b", text), (fmt, word)
        flat = " ".join(text.split())  # the terminal table wraps to its width
        for kind in ("on leave", "sick"):
            assert kind not in flat, (fmt, kind)
