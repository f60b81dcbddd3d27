from planner.domain import AbsenceKind
from tests.builders import MONDAY, absence, assign, at, professional, shift, volunteer
from tests.check.support import violations


def test_els_on_leave_gives_one_violation_naming_els_and_the_shift():
    s, els = shift(), professional()
    found = violations([s], [els], assign(s, els), absences=[absence("els")])
    assert [(v.rule, v.person_id, v.shift_id) for v in found] == [("absence", "els", s.id)]
    assert found[0].message == "Els Vermeulen is on leave during Inloop Mon 30 Nov 09:00."
    assert found[0].reason == "on leave"


def test_absence_touching_the_shift_end_is_not_a_conflict():
    s, els = shift(), professional()  # 09:00-12:00
    leave = absence("els", at(MONDAY, "12:00"), at(MONDAY, "18:00"))
    assert violations([s], [els], assign(s, els), absences=[leave]) == []


def test_a_sick_volunteer_is_reported_as_sick():
    s, els, jan = shift(), professional(), volunteer()
    from tests.builders import activity

    act = activity(volunteers_max=1)
    s = shift(act)
    sick = absence("jan", kind=AbsenceKind.SICKNESS)
    found = violations([s], [els, jan], assign(s, els), assign(s, jan), absences=[sick])
    assert [(v.rule, v.person_id, v.reason) for v in found] == [("absence", "jan", "sick")]


def test_someone_elses_absence_does_not_count():
    s, els = shift(), professional()
    assert violations([s], [els], assign(s, els), absences=[absence("an")]) == []
