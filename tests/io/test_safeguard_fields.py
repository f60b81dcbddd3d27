"""The safeguards' fields in people.csv and activities.toml: read as written, refused with
the file, line and field when wrong; folders without them read as before."""

from __future__ import annotations

import pytest

from planner.domain import HeavyLimits
from planner.io.folder import InvalidFolder, read_folder
from tests.io.folder_builder import INLOOP, professional_row, volunteer_row, write_folder

SAFEGUARDED = INLOOP.replace('end = "12:00"\n', 'end = "12:00"\nheavy = true\n').replace(
    "volunteers_per_professional = 2\n",
    "volunteers_per_professional = 2\nprofessionals_mentor = true\n",
)


def test_newcomers_heavy_limits_and_mentoring_professionals_are_read(tmp_path):
    people = [
        professional_row(heavy_per_week="1"),
        volunteer_row(newcomer="yes", heavy_in_row="2", heavy_per_month="4"),
        volunteer_row("an", "An Dubois", newcomer="no"),
    ]
    org = read_folder(write_folder(tmp_path, activities=SAFEGUARDED, people=people)).organisation

    (inloop,) = org.activities
    assert inloop.heavy and inloop.staffing.professionals_mentor
    assert [p.newcomer for p in org.people] == [False, True, False]
    assert org.person("els").heavy == HeavyLimits(per_week=1)
    assert org.person("jan").heavy == HeavyLimits(in_row=2, per_month=4)


def test_a_folder_without_them_plans_as_before(tmp_path):
    org = read_folder(write_folder(tmp_path)).organisation

    assert not any(a.heavy or a.staffing.professionals_mentor for a in org.activities)
    assert not any(p.newcomer or p.heavy != HeavyLimits() for p in org.people)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            volunteer_row(newcomer="misschien"),
            "people.csv line 3: newcomer 'misschien' is neither yes nor no",
        ),
        (
            professional_row("x", newcomer="yes"),
            "people.csv line 3: newcomer is for volunteers, not for a professional",
        ),
        (volunteer_row(heavy_per_week="-1"), "people.csv line 3: heavy_per_week"),
    ],
)
def test_bad_safeguard_cells_name_file_line_and_field(tmp_path, row, expected):
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, people=[professional_row(), row]))
    assert str(caught.value).startswith(expected)


def test_heavy_must_be_true_or_false(tmp_path):
    activities = INLOOP.replace('end = "12:00"\n', 'end = "12:00"\nheavy = "ja"\n')
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, activities=activities))
    assert str(caught.value) == (
        "activities.toml line 9: activity 'inloop': field 'heavy' must be true or false"
    )


def test_pairs_are_read_and_must_name_people_of_the_folder(tmp_path):
    people = [
        professional_row(),
        volunteer_row(never_with="an", always_with="els"),
        volunteer_row("an", "An Dubois"),
    ]
    org = read_folder(write_folder(tmp_path / "ok", people=people)).organisation
    assert org.person("jan").never_with == frozenset({"an"})
    assert org.person("jan").always_with == frozenset({"els"})

    with pytest.raises(InvalidFolder) as caught:
        read_folder(
            write_folder(
                tmp_path / "bad", people=[professional_row(), volunteer_row(never_with="piet")]
            )
        )
    assert str(caught.value) == "people.csv line 3: never_with: person 'piet' is not in people.csv"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"never_with": "jan"}, "never_with names the person themselves"),
        (
            {"never_with": "els", "always_with": "els"},
            "always_with 'els', who is also in never_with",
        ),
    ],
)
def test_a_pair_must_make_sense(tmp_path, cells, expected):
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, people=[professional_row(), volunteer_row(**cells)]))
    assert str(caught.value).endswith(expected)


def test_a_mix_reads_as_a_coordinator_writes_it(tmp_path):
    from planner.domain import Among, Need

    activities = INLOOP.replace(
        "volunteers_per_professional = 2\n",
        "volunteers_per_professional = 2\n"
        'mix = [{ at_least = 1, of = ["first_aid"], among = "volunteers" },\n'
        '       { of = ["ar", "fr"], among = "everyone", wanted = true }]\n',
    )
    (inloop,) = read_folder(write_folder(tmp_path, activities=activities)).organisation.activities
    assert inloop.staffing.needs == (
        Need(1, frozenset({"first_aid"}), Among.VOLUNTEERS),
        Need(1, frozenset({"ar", "fr"}), Among.EVERYONE, soft=True),
    )


@pytest.mark.parametrize(
    ("mix", "expected"),
    [
        ('mix = "nurse"', 'mix must be a list like [{ at_least = 1, of = ["nurse"] }]'),
        (
            'mix = [{ of = ["nurse"], among = "clients" }]',
            "among 'clients' is not professionals, volunteers or everyone",
        ),
        (
            'mix = [{ at_least = 2, of = ["nurse"] }]',
            "at least 2 professionals can never be on a shift of 1",
        ),
        (
            'mix = [{ of = ["nurse"], soft = true }]',
            "unknown key 'soft' (known: at_least, of, among, wanted)",
        ),
    ],
)
def test_a_wrong_mix_is_refused_with_its_line(tmp_path, mix, expected):
    activities = INLOOP.replace(
        "volunteers_per_professional = 2\n", f"volunteers_per_professional = 2\n{mix}\n"
    )
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, activities=activities))
    message = str(caught.value)
    assert message.startswith("activities.toml line 16: activity 'inloop': staffing: ")
    assert message.endswith(expected)


def test_wishes_read_for_professionals_and_volunteers(tmp_path):
    from datetime import date

    from planner.domain import Slot

    people = [
        professional_row(prefers="mon;tue morning", avoids="evening", days_off="2026-12-24"),
        volunteer_row(avoids="sat"),
    ]
    org = read_folder(write_folder(tmp_path, people=people)).organisation
    els = org.person("els").wishes
    assert els.prefers == (Slot(0, None), Slot(1, "morning"))
    assert els.avoids == (Slot(None, "evening"),)
    assert els.days_off == frozenset({date(2026, 12, 24)})
    assert org.person("jan").wishes.avoids == (Slot(5, None),)


def test_a_wish_that_is_no_day_or_shift_is_refused(tmp_path):
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, people=[professional_row(avoids="weekend")]))
    assert "people.csv line 2: avoids" in str(caught.value)
    assert "'weekend' is not a day, a kind of shift or both (e.g. 'sat morning')" in str(
        caught.value
    )
