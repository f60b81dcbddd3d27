"""The audit log: every change to rosters, absences, people and activities, before and after,
in the same transaction as the change; read back per person and from a day on."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from planner.domain import Period, Role
from planner.storage.audit_log import read_log
from planner.storage.connection import reading
from planner.storage.repository import Repository
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    org,
    professional,
    roster,
    shift,
    volunteer,
)

INLOOP = activity("inloop")
ELS, JAN = professional("els"), volunteer("jan")
WEEK = Period(MONDAY)


def log(repo: Repository, **filters):
    with reading(repo.engine) as session:
        return read_log(session, **filters)


def test_a_load_records_each_person_and_activity_and_what_changed_later(repo):
    repo.save_organisation(org([INLOOP], [ELS]))
    repo.save_organisation(org([INLOOP], [replace(ELS, name="Els Van Vlaenderen"), JAN]))

    second = [(e.kind, e.subject, e.before, e.after) for e in log(repo) if e.change > 1]
    assert ("person", "els", {"name": "Els Vermeulen"}, {"name": "Els Van Vlaenderen"}) in second
    assert [e[:3] for e in second if e[1] == "jan"] == [("person", "jan", None)]
    assert {e.subject for e in log(repo) if e.kind == "activity"} == {"inloop"}


def test_plan_edit_and_publish_record_each_shift_before_and_after(repo):
    repo.save_organisation(org([INLOOP], [ELS, JAN]))
    s = shift(INLOOP)
    repo.save_roster(roster(assign(s, ELS)), [s])
    repo.set_assignment(assign(s, JAN, pinned=True))
    repo.publish(WEEK, datetime(2026, 11, 27, 12, tzinfo=UTC))

    plan, edit, published, publication = log(repo)[-4:]

    assert (plan.action, plan.kind, plan.before) == ("plan", "roster", None)
    assert plan.after == {
        "status": "staffed",
        "reason": None,
        "people": [["els", "professional", False]],
    }
    assert (edit.action, edit.before, edit.after["people"]) == (
        "edit",
        plan.after,
        [["els", "professional", False], ["jan", "volunteer", True]],
    )
    assert (published.kind, published.after) == ("published", edit.after)
    assert publication.after == {"from": "2026-11-30", "to": "2026-12-06", "shifts": 1}


def test_absences_added_and_removed_are_recorded_about_their_person(repo):
    repo.save_organisation(org([INLOOP], [ELS, JAN]))
    added = repo.add_absence(replace(absence("jan"), reason="op reis"))
    repo.remove_absence(added.id or 0)

    about_jan = [e for e in log(repo, person_id="jan") if e.kind == "absence"]

    assert [(e.action, e.before is None, e.after is None) for e in about_jan] == [
        ("absence.add", True, False),
        ("absence.remove", False, True),
    ]
    assert about_jan[0].after["reason"] == "op reis"


def test_the_log_of_a_person_holds_only_what_is_about_them(repo):
    repo.save_organisation(org([INLOOP], [ELS, JAN]))
    s = shift(INLOOP)
    repo.save_roster(roster(assign(s, ELS)), [s])
    repo.add_absence(absence("jan"))

    assert {e.kind for e in log(repo, person_id="els")} == {"person", "roster"}
    assert {e.kind for e in log(repo, person_id="jan")} == {"person", "absence"}


def test_the_log_from_a_moment_on(repo):
    first = Repository(repo.engine, actor="sara")
    first.save_organisation(org([INLOOP], [ELS]), now=datetime(2026, 11, 20, 9, tzinfo=UTC))
    with first.write("load", now=datetime(2026, 12, 1, 9, tzinfo=UTC)) as unit:
        unit.record("organisation", "", {"name": "old"}, {"name": "new"})

    later = log(repo, since=datetime(2026, 12, 1, 0, tzinfo=UTC))

    assert [(e.actor, e.after) for e in later] == [("sara", {"name": "new"})]
    assert len(log(repo, last=1)) == 1


def test_a_published_week_says_who_published_it(repo):
    repo.save_organisation(org([INLOOP], [ELS]))
    s = shift(INLOOP)
    repo.save_roster(roster(assign(s, ELS)), [s])
    at = datetime(2026, 11, 27, 12, tzinfo=UTC)

    Repository(repo.engine, actor="tom").publish(WEEK, at)

    when, who = repo.published_by(WEEK)
    assert (when.astimezone(UTC), who) == (at, "tom")


def test_a_removed_activity_records_its_shifts_leaving_both_rosters(repo):
    other = activity("taalcafe")
    repo.save_organisation(org([INLOOP, other], [ELS]))
    s = shift(other)
    repo.save_roster(roster(assign(s, ELS, Role.PROFESSIONAL)), [s])
    repo.publish(WEEK, datetime(2026, 11, 27, 12, tzinfo=UTC))

    repo.save_organisation(org([INLOOP], [ELS]), now=datetime(2026, 11, 28, tzinfo=UTC))

    gone = [(e.kind, e.after) for e in log(repo) if e.subject == s.id and e.action == "load"]
    assert gone == [("roster", None), ("published", None)]
    assert repo.roster(WEEK, published=True).assignments == ()
