""" "I can't come" on the personal page, against a real `roster serve`: the attacks (no or a
wrong CSRF token, another site's form, someone else's shift) change nothing; with
cancellations = "approve" a request waits for the coordinator (`roster requests`); with
"repair" the absence is recorded and the week repaired, published when within the rules; a
professional's cancellation that leaves a volunteer alone makes the shift unstaffed and alerts
the coordinator. Every repaired roster passes the independent checker."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.delivery import Cancellations, SelfServiceSettings
from planner.domain import Absence, AbsenceKind
from tests.cli.roster_run import roster
from tests.feeds.world import WEEK, shift
from tests.pages.world import MONDAY, TUESDAY, WEDNESDAY, serving


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("actions")) as world:
        yield world


def opened(world, person_id: str) -> tuple[str, str, str]:
    """The page's path, its CSRF token and the cookie the browser keeps."""
    path = world.link(person_id)
    answer = world.client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', answer.text)
    assert csrf is not None, answer.text
    return path, csrf.group(1), answer.cookies["roster_csrf"]


def post(world, path: str, shift_id: str, csrf: str | None, cookie: str | None, **headers):
    data = {"shift": shift_id} | ({"csrf": csrf} if csrf is not None else {})
    world.client.cookies.clear()
    if cookie:
        world.client.cookies.set("roster_csrf", cookie)
    answer = world.client.post(path + "/cancel", data=data, headers=headers)
    world.client.cookies.clear()
    return answer


def mode(world, cancellations: Cancellations) -> None:
    org = world.svc.organisation()
    world.svc.repo.save_organisation(
        replace(org, self_service=SelfServiceSettings(cancellations=cancellations))
    )


def writes(world) -> int:
    return len(world.svc.audit_log())


def test_forms_without_the_right_csrf_token_or_from_another_site_change_nothing(world):
    path, csrf, cookie = opened(world, "jan")
    monday = shift(world.svc, "inloop", MONDAY)
    before = writes(world)

    answers = [
        post(world, path, monday, None, cookie),
        post(world, path, monday, csrf, None),
        post(world, path, monday, "x" * 43, cookie),
        post(world, path, monday, csrf, cookie, Origin="https://evil.example"),
        post(world, path, monday, csrf, cookie, **{"Sec-Fetch-Site": "cross-site"}),
    ]

    assert [a.status_code for a in answers] == [403] * 5
    assert writes(world) == before


def test_someone_elses_shift_or_no_shift_is_the_same_404(world):
    path, csrf, cookie = opened(world, "jan")
    night = shift(world.svc, "nachtopvang", TUESDAY)  # Piet's and Mira's
    before = writes(world)

    answers = [post(world, path, sid, csrf, cookie) for sid in (night, "nothing", "")]

    assert {a.status_code for a in answers} == {404}
    assert writes(world) == before


def test_with_approve_a_request_waits_for_the_coordinator(world, capsys):
    mode(world, Cancellations.APPROVE)
    path, csrf, cookie = opened(world, "jan")
    monday = shift(world.svc, "inloop", MONDAY)

    answer = post(world, path, monday, csrf, cookie)
    page = world.client.get(answer.headers["location"]).text

    assert answer.status_code == 303
    assert "Bedankt. De coördinator heeft je bericht en beslist" in page
    assert "Je vroeg om niet te komen: de coördinator beslist." in page
    (request,) = world.svc.requests()
    assert (request.person_id, request.shift_id, request.status) == ("jan", monday, "open")
    assert world.svc.absences(*_week(world)) == []  # nothing changes before a decision
    db = str(world.svc.repo.engine.url)
    listed = roster(capsys, db, "requests", "list").out
    assert f"{request.id}\t" in listed and "cannot come" in listed

    done = roster(capsys, db, "requests", "refuse", str(request.id))
    assert done.out == f"request {request.id} refused\n"
    assert world.svc.requests() == []


def test_with_repair_the_absence_is_recorded_and_the_week_repaired_and_published(world):
    mode(world, Cancellations.REPAIR)
    path, csrf, cookie = opened(world, "mira")
    night = shift(world.svc, "nachtopvang", TUESDAY)

    answer = post(world, path, night, csrf, cookie)

    assert answer.status_code == 303
    assert answer.headers["location"].endswith("?done=published")
    published = world.svc.roster(WEEK, published=True).roster
    on_night = {a.person_id for a in published.assignments if a.shift_id == night}
    assert "mira" not in on_night and "piet" in on_night
    assert world.svc.check_period(WEEK, published=True).violations == []
    page = world.client.get(path).text
    assert night not in page  # no longer hers
    log = [e for e in world.svc.audit_log() if e.actor == "page:mira"]
    assert {e.kind for e in log} >= {"absence"}


def test_a_professional_cancelling_never_leaves_a_volunteer_alone(world):
    mode(world, Cancellations.REPAIR)
    wednesday = shift(world.svc, "inloop", WEDNESDAY)
    day = next(s for s in world.svc.shifts(WEEK) if s.id == wednesday)
    world.svc.add_absence(Absence("piet", day.start, day.end, AbsenceKind.LEAVE))
    path, csrf, cookie = opened(world, "els")

    answer = post(world, path, wednesday, csrf, cookie)

    assert answer.headers["location"].endswith("?done=unstaffed")
    draft = world.svc.roster(WEEK).roster
    assert wednesday in draft.unstaffed
    assert [a for a in draft.assignments if a.shift_id == wednesday] == []  # Jan not alone
    alerts = [r for r in world.svc.requests() if r.kind == "unstaffed"]
    assert [(r.person_id, r.shift_id) for r in alerts] == [("els", wednesday)]
    assert world.svc.check_period(WEEK).violations == []


def _week(_world) -> tuple[datetime, datetime]:
    start = datetime.combine(WEEK.start, time(0, 0), ZoneInfo("Europe/Brussels"))
    return start, start + timedelta(days=7)


def form(world, path: str, action: str, fields: dict[str, str]):
    answer = world.client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', answer.text)
    seen = re.search(r'name="seen" value="([^"]+)"', answer.text)
    assert csrf is not None and seen is not None
    world.client.cookies.set("roster_csrf", answer.cookies["roster_csrf"])
    data = {"csrf": csrf.group(1), "seen": seen.group(1)} | fields
    done = world.client.post(f"{path}/{action}", data=data)
    world.client.cookies.clear()
    return done


def test_a_volunteer_changes_the_days_offered_and_hears_what_no_longer_fits(world):
    path = world.link("jan")

    done = form(world, path, "offers", {"day1": "on", "start1": "08:00", "end1": "13:00"})
    page = world.client.get(done.headers["location"]).text

    assert done.headers["location"].endswith("?done=broken")
    jan = world.svc.organisation().person("jan")
    assert jan.limits is not None
    assert [(w.weekday, str(w.start), str(w.end)) for w in jan.limits.offers] == [
        (1, "08:00:00", "13:00:00")
    ]
    monday = shift(world.svc, "inloop", MONDAY)  # his published Monday: not offered any more
    alerts = [r for r in world.svc.requests() if r.kind == "breaks"]
    assert [(r.person_id, r.shift_id) for r in alerts] == [("jan", monday)]
    assert "Deze dienst past niet meer bij wat je invulde" in page
    assert 'id="day1" name="day1" checked' in page
    log = [e for e in world.svc.audit_log() if e.actor == "page:jan" and e.kind == "person"]
    assert log and log[-1].after == {"offers": [[1, "08:00", "13:00"]]}


def test_a_page_read_before_a_change_cannot_overwrite_it(world):
    path = world.link("jan")
    answer = world.client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', answer.text).group(1)  # type: ignore[union-attr]
    stale = re.search(r'name="seen" value="([^"]+)"', answer.text).group(1)  # type: ignore[union-attr]
    form(world, path, "offers", {"day1": "on", "start1": "09:00", "end1": "12:00"})

    world.client.cookies.set("roster_csrf", answer.cookies["roster_csrf"])
    late = world.client.post(
        f"{path}/offers",
        data={"csrf": csrf, "seen": stale, "day4": "on", "start4": "09:00", "end4": "12:00"},
    )
    world.client.cookies.clear()

    assert late.headers["location"].endswith("?done=changed")
    jan = world.svc.organisation().person("jan")
    assert jan.limits is not None and [w.weekday for w in jan.limits.offers] == [1]


def test_an_absence_and_a_day_off_are_added_and_bad_input_changes_nothing(world):
    before = writes(world)
    bad = [
        form(world, world.link("mira"), "absence", {"first": "2026-11-01", "last": "2026-11-02"}),
        form(world, world.link("mira"), "absence", {"first": "<script>", "last": "x"}),
        form(world, world.link("jan"), "offers", {"day0": "on", "start0": "<b>", "end0": "1"}),
        form(world, world.link("jan"), "day-off", {"day": "2026-12-24"}),  # not a professional
    ]
    assert [b.headers["location"].rsplit("=", 1)[1] for b in bad] == ["invalid"] * 4
    assert writes(world) == before

    holiday = form(world, world.link("mira"), "absence", {"first": "2026-12-21", "last": "2026-12-24"})  # fmt: skip
    day_off = form(world, world.link("els"), "day-off", {"day": "2026-12-24"})

    assert holiday.headers["location"].endswith("?done=saved")
    assert day_off.headers["location"].endswith("?done=saved")
    assert "du lun. 21 déc. 2026 au jeu. 24 déc. 2026" in world.client.get(world.link("mira")).text
    els = world.svc.organisation().person("els")
    assert str(date(2026, 12, 24)) in {str(d) for d in els.wishes.days_off}
    assert "do 24 dec 2026" in world.client.get(world.link("els")).text


def test_the_page_shows_the_hours_that_happened_this_month_and_year(tmp_path):
    """Seen on Wednesday 2 December 10:00: Saturday's night (12 h, in November) and Monday's
    night are over; the Tuesday night too; Wednesday's drop-in has not ended."""
    from tests.pages.world import serving as serve_at

    with serve_at(tmp_path) as w:
        w.svc.clock = lambda: datetime(2026, 12, 2, 9, 0, tzinfo=ZoneInfo("UTC"))
        view = w.svc.page(w.link("mira").rsplit("/", 1)[1])
        assert view is not None
        # Mira: Saturday 28 November's night and Tuesday 1 December's night, 12 h each.
        assert (view.month_hours, view.year_hours) == ((1, 12.0), (2, 24.0))
        page = w.client.get(w.link("mira")).text  # the server's clock: Friday 27 November
    assert "Mes heures" in page and "Cette année : 0 h en 0 service" in page


def test_a_professional_saves_wishes_once_checked_and_guarded(world):
    """Preferred and avoided days and kinds of shift: one audited write with the page's
    `seen`; a forged form, a volunteer, an unknown choice or a stale page change nothing."""
    path, jan = world.link("els"), world.link("jan")
    before = writes(world)
    answer = world.client.get(path)
    seen = re.search(r'name="seen" value="([^"]+)"', answer.text)
    assert seen is not None
    forged = world.client.post(
        f"{path}/wishes", data={"csrf": "forged", "seen": seen.group(1), "wish_day0": "avoid"}
    )
    refused = [
        form(world, jan, "wishes", {"wish_day0": "prefer"}),  # a volunteer
        form(world, path, "wishes", {"wish_day0": "<script>"}),
    ]
    assert forged.status_code == 403
    assert [r.headers["location"].rsplit("=", 1)[1] for r in refused] == ["invalid"] * 2
    assert writes(world) == before

    saved = form(world, path, "wishes", {"wish_day0": "prefer", "wish_night": "avoid"})
    world.client.cookies.set("roster_csrf", "same")
    stale = world.client.post(
        f"{path}/wishes", data={"csrf": "same", "seen": seen.group(1), "wish_day4": "avoid"}
    )
    world.client.cookies.clear()

    assert saved.headers["location"].endswith("?done=saved")
    assert writes(world) == before + 1
    wishes = world.svc.organisation().person("els").wishes
    assert [(s.weekday, s.shift_class) for s in wishes.prefers] == [(0, None)]
    assert [(s.weekday, s.shift_class) for s in wishes.avoids] == [(None, "night")]
    assert stale.headers["location"].endswith("?done=changed")
    assert world.svc.organisation().person("els").wishes == wishes
    page = world.client.get(path).text
    assert re.search(r'<option value="avoid" selected>', page.split('id="wish_night"')[1])
