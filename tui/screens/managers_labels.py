"""The managers' screen's own labels (the app's are in tui/i18n.py), and the report's
column headers in Dutch."""

from __future__ import annotations

from tui.i18n import Labels

# key -> (Dutch, English); app-wide labels live in tui/i18n.py, these are this screen's own.
_LABELS: dict[str, tuple[str, str]] = {
    "managers_title": (
        "Bezettingsgraad — {weeks} week/weken vanaf {start} — {source}",
        "Staffing ratios — {weeks} week(s) from {start} — {source}",
    ),
    "source_published": ("gepubliceerd rooster", "published roster"),
    "source_working": ("werkrooster (ontwerp)", "working roster (draft)"),
    "loading": ("Cijfers berekenen…", "Computing the figures…"),
    "kpi_cover": ("dekking door beroepskrachten", "professional cover"),
    "kpi_vol_per_pro": ("vrijwilligersuren per beroepsuur", "volunteer h per professional h"),
    "kpi_continuity": ("continuïteit", "continuity"),
    "kpi_shifts": ("diensten", "shifts"),
    "kpi_cover_of": ("van {planned} geplande diensten", "of {planned} planned shifts"),
    "unplanned_published": (
        "{count} dienst(en) nog niet gepland of gepubliceerd: niet in de dekking",
        "{count} shift(s) not planned or not published yet: not counted in the cover",
    ),
    "unplanned_working": (
        "{count} dienst(en) nog niet gepland: niet in de dekking",
        "{count} shift(s) not planned yet: not counted in the cover",
    ),
    "chart_cover": ("Dekking per werking", "Professional cover per activity"),
    "chart_ratio": (
        "Vrijwilligersuren per beroepsuur, per werking",
        "Volunteer hours per professional hour, per activity",
    ),
    "chart_weeks": (
        "Uren per week (B = beroeps, V = vrijwilligers)",
        "Hours per week (P = professional, V = volunteer)",
    ),
    "exceptions": ("Diensten zonder hun beroepskrachten", "Shifts without their professionals"),
    "no_exceptions": (
        "Elke geplande dienst had zijn gekwalificeerde beroepskrachten.",
        "Every planned shift had its qualified professionals.",
    ),
    "more_exceptions": (
        "… en nog {count}: `roster report ratios` toont ze allemaal",
        "… and {count} more: `roster report ratios` lists them all",
    ),
    "load": (
        "Belasting van vrijwilligers t.o.v. hun eigen grenzen",
        "Volunteers' load against their own limits",
    ),
    "contract": (
        "Uren van beroepskrachten t.o.v. contract",
        "Professionals' hours against contract",
    ),
    "activity": ("Werking", "Activity"),
    "total": ("totaal", "total"),
    "prev": ("Vorige week", "Previous week"),
    "next": ("Volgende week", "Next week"),
    "span": ("1/4/13 weken", "1/4/13 weeks"),
    "source": ("Gepubliceerd/ontwerp", "Published/draft"),
    "reload": ("Vernieuwen", "Reload"),
    "tip_prev": ("Begin een week vroeger", "Start a week earlier"),
    "tip_next": ("Begin een week later", "Start a week later"),
    "tip_span": ("Toon 1, 4 of 13 weken", "Show 1, 4 or 13 weeks"),
    "tip_source": (
        "Wissel tussen het gepubliceerde rooster en het werkrooster",
        "Switch between the published and the working roster",
    ),
    "tip_reload": ("Bereken de cijfers opnieuw", "Compute the figures again"),
}


# The report's column headers (planner/io/report_columns.py) in Dutch.
_DUTCH_HEADERS = {
    "Shifts": "Diensten",
    "Not planned": "Niet gepland",
    "Professional cover": "Dekking beroeps",
    "Prof. hours": "Uren beroeps",
    "Vol. hours": "Uren vrijw.",
    "Vol. h per prof. h": "Vrijw.-u per beroeps-u",
    "Vol./prof. mean": "Vrijw./beroeps gem.",
    "Vol./prof. max": "Vrijw./beroeps max",
    "Allowed": "Toegestaan",
    "Continuity": "Continuïteit",
    "Week of": "Week van",
    "Volunteers": "Vrijwilligers",
    "Active": "Actief",
    "Max load": "Hoogste",
    "Median load": "Mediaan",
    "At limit": "Op grens",
    "Over limit": "Over grens",
    "Professionals": "Beroepskrachten",
    "Hours": "Uren",
    "Contract hours": "Contracturen",
    "Hours / contract": "Uren / contract",
    "Lowest": "Laagste",
    "Highest": "Hoogste",
    "Over contract": "Boven contract",
}


class ScreenLabels(Labels):
    """This screen's labels first, then the app's."""

    def __call__(self, key: str, **values: object) -> str:
        pair = _LABELS.get(key)
        if pair is None:
            return super().__call__(key, **values)
        text = pair[self._index]
        return text.format(**values) if values else text

    def header(self, english: str) -> str:
        return _DUTCH_HEADERS.get(english, english) if self.lang == "nl" else english
