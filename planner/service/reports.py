"""The staffing-ratio report of a window, read from the repository (figures: planner/report)."""

from __future__ import annotations

from planner.domain import Period
from planner.report.ratios import REGULARS_LOOKBACK, RatioReport, compute_ratios
from planner.shifts import generate_shifts
from planner.storage.repository import Repository


def ratio_report(repo: Repository, window: Period, *, published: bool = True) -> RatioReport:
    """The report of the published (or working) roster of the window."""
    org = repo.load_organisation()
    shifts = generate_shifts(org, window)
    roster = repo.roster(window, published=published)
    before = Period(window.start - REGULARS_LOOKBACK, REGULARS_LOOKBACK.days // 7)
    earlier_shifts = {s.id: s for s in generate_shifts(org, before)}
    earlier = [
        (a, earlier_shifts[a.shift_id])
        for a in repo.roster(before, published=True).assignments
        if a.shift_id in earlier_shifts
    ]
    return compute_ratios(
        org,
        window,
        shifts,
        roster,
        earlier=earlier,
        source="published" if published else "working",
        published_at=repo.published_at(window),
    )
