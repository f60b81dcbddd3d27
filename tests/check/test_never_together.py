"""Never together: the checker rejects two people who must not share a shift, and more
newcomers on a shift than its activity allows."""

from dataclasses import replace

from planner.settings import HardSettings
from tests.builders import activity, assign, professional, shift, volunteer
from tests.check.support import violations

ELS = professional()
JAN = replace(volunteer("jan", "Jan Peeters"), never_with=frozenset({"an"}))
AN = volunteer("an", "An Dubois")


def test_two_who_must_not_meet_on_one_shift():
    s = shift(activity(volunteers_max=2))
    found = violations([s], [ELS, JAN, AN], *(assign(s, p) for p in (ELS, JAN, AN)))
    assert [v.message for v in found] == [
        "An Dubois is on Inloop Mon 30 Nov 09:00 with Jan Peeters, with whom they must never "
        "share a shift."
    ]
    assert found[0].reason == "must never share a shift with Jan Peeters"


def test_why_not_names_the_partner_already_on_the_shift():
    from planner.check import why_not
    from planner.domain import Period, Role
    from tests.builders import MONDAY, org, roster

    s = shift(activity(volunteers_max=2))
    organisation = org([s.activity], [ELS, JAN, AN])
    on = roster(assign(s, ELS), assign(s, AN))
    for candidate, partner in ((JAN, "an"), (AN, "jan")):
        if candidate is AN:
            on = roster(assign(s, ELS), assign(s, JAN))
        found = why_not(
            organisation, Period(MONDAY), [s], on, [], HardSettings(), s, candidate, Role.VOLUNTEER
        )
        assert [(v.rule, v.person_id, v.get("partner")) for v in found] == [
            ("never_together", candidate.id, partner)
        ]


def test_two_newcomers_where_one_is_the_most():
    s = shift(activity(volunteers_max=3, newcomers_max=1))
    nora = volunteer("nora", "Nora Nieuw", newcomer=True)
    omar = volunteer("omar", "Omar Nieuw", newcomer=True)
    on = (ELS, AN, nora, omar)
    found = violations([s], list(on), *(assign(s, p) for p in on))
    assert [v.message for v in found] == ["Inloop Mon 30 Nov 09:00 has 2 newcomers, at most 1."]
    assert violations([s], [ELS, AN, nora], *(assign(s, p) for p in (ELS, AN, nora))) == []
