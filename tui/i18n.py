"""Dutch and English labels for the terminal app, and dates written the way people say them.

Reasons that come from the planner (why a shift is unstaffed, why a person cannot take it) are
shown as the planner wrote them; only the app's own labels are translated here.
"""

from __future__ import annotations

import os
from datetime import date, datetime

LANGUAGES = ("nl", "en")

# key -> (Dutch, English)
LABELS: dict[str, tuple[str, str]] = {
    # screens and global keys
    "app_title": ("Roosterplanner", "Roster planner"),
    "week": ("Week", "Week"),
    "people": ("Mensen", "People"),
    "managers": ("Management", "Managers"),
    "log": ("Logboek", "Log"),
    "quit": ("Stoppen", "Quit"),
    "back": ("Terug", "Back"),
    # week view
    "prev_week": ("Vorige week", "Previous week"),
    "next_week": ("Volgende week", "Next week"),
    "this_week": ("Deze week", "This week"),
    "goto_date": ("Naar datum", "Go to date"),
    "open_shift": ("Dienst openen", "Open shift"),
    "plan": ("Plannen", "Plan"),
    "cancel_plan": ("Planning stoppen", "Stop planning"),
    "publish": ("Publiceren", "Publish"),
    "results": ("Onbemand en wijzigingen", "Unstaffed and changes"),
    "tip_prev_week": ("Toon de week ervoor", "Show the week before"),
    "tip_next_week": ("Toon de week erna", "Show the week after"),
    "tip_this_week": ("Toon de huidige week", "Show the current week"),
    "tip_goto_date": ("Spring naar de week van een datum", "Jump to the week of a date"),
    "tip_open_shift": (
        "Wie staat op deze dienst, en wie kan er nog op",
        "Who is on this shift, who else could be",
    ),
    "tip_plan": (
        "Plan de getoonde week (de solver loopt op de achtergrond)",
        "Plan the shown week (the solver runs in the background)",
    ),
    "tip_cancel_plan": (
        "Stop de solver en houd het beste rooster tot nu toe",
        "Stop the solver and keep the best roster so far",
    ),
    "tip_publish": (
        "Maak het ontwerp van deze week het gepubliceerde rooster",
        "Make this week's draft the published roster",
    ),
    "tip_results": (
        "Toon of verberg onbemande diensten en wijzigingen",
        "Show or hide unstaffed shifts and changes",
    ),
    "tip_week": ("De week: diensten per dag", "The week: shifts by day"),
    "tip_people": (
        "Beroepskrachten en vrijwilligers, hun belasting en afwezigheden",
        "Professionals and volunteers, their load and absences",
    ),
    "tip_managers": ("Cijfers voor leidinggevenden", "Figures for managers"),
    "tip_log": ("Wie wijzigde wat, en wanneer", "Who changed what, and when"),
    "tip_log_reload": ("Lees het logboek opnieuw", "Read the log again"),
    "tip_person_log": (
        "Wie wijzigde de diensten, afwezigheden of gegevens van deze persoon",
        "Who changed this person's shifts, absences or details",
    ),
    "person_log": ("Logboek", "Log"),
    "log_of": ("Logboek van {name}", "Log of {name}"),
    "log_when": ("Wanneer", "When"),
    "log_who": ("Wie", "Who"),
    "log_what": ("Wat", "What"),
    "changed_title": (
        "Intussen gewijzigd door een andere coördinator",
        "Changed meanwhile by another coordinator",
    ),
    "reload": ("Herladen", "Reload"),
    "when_by": ("{when} door {who}", "{when} by {who}"),
    "legend_staffed": ("bemand", "staffed"),
    "legend_short": ("te weinig vrijwilligers", "short of volunteers"),
    "legend_unstaffed": ("onbemand", "unstaffed"),
    "legend_closed": ("gesloten", "closed"),
    "legend_unplanned": ("niet gepland", "not planned"),
    "state_none": ("nog niet gepland", "not planned yet"),
    "state_draft": ("ontwerp", "draft"),
    "state_published": ("gepubliceerd", "published"),
    "published_at": ("gepubliceerd op {when}", "published on {when}"),
    "activity": ("Werking", "Activity"),
    "week_number": ("Week {number}", "Week {number}"),
    "no_shifts": ("Geen diensten deze week.", "No shifts this week."),
    "no_professional": ("geen beroepskracht ingepland", "no professional on it"),
    "too_few_people": ("{have} van minstens {n} personen", "{have} of at least {n} people"),
    "volunteers_short": (
        "{have} van {want} gewenste vrijwilligers",
        "{have} of {want} wanted volunteers",
    ),
    "closed": ("gesloten", "closed"),
    # planning
    "planning": ("Plannen", "Planning"),
    "planning_started": ("Plannen van {what} gestart", "Planning {what} started"),
    "already_planning": ("Er loopt al een planning", "A planning is already running"),
    "objective": ("doel", "objective"),
    "bound": ("grens", "bound"),
    "elapsed": ("tijd", "elapsed"),
    "solutions": ("oplossingen", "solutions"),
    "waiting_first": ("zoekt een eerste rooster…", "looking for a first roster…"),
    "status_optimal": ("optimaal", "optimal"),
    "status_feasible": ("goed, niet bewezen optimaal", "good, not proven optimal"),
    "status_cancelled": (
        "gestopt, beste rooster tot nu toe bewaard",
        "stopped, best roster so far kept",
    ),
    "status_infeasible": ("geen rooster mogelijk", "no roster possible"),
    "plan_done": ("Gepland: {status}", "Planned: {status}"),
    "plan_failed": ("Plannen mislukt: {error}", "Planning failed: {error}"),
    "cancelling": ("Stoppen… het beste rooster wordt bewaard", "Stopping… the best roster is kept"),
    "not_planning": ("Er loopt geen planning", "No planning is running"),
    "unstaffed_title": ("Onbemande diensten", "Unstaffed shifts"),
    "none_unstaffed": (
        "Geen: elke dienst heeft zijn beroepskrachten.",
        "None: every shift has its professionals.",
    ),
    "changes_title": (
        "Wijzigingen t.o.v. het gepubliceerde rooster",
        "Changes against the published roster",
    ),
    "no_changes": ("Geen wijzigingen.", "No changes."),
    "never_published": (
        "Nog nooit gepubliceerd: alles is nieuw.",
        "Never published: everything is new.",
    ),
    "costs_title": ("Wat het rooster kost (zachte regels)", "What the roster costs (soft rules)"),
    "publish_hint": ("Druk P om te publiceren.", "Press P to publish."),
    "published_hint": (
        "Gepubliceerd. Een wijziging maakt er weer een ontwerp van; druk dan opnieuw P.",
        "Published. A change makes it a draft again; then press P again.",
    ),
    "last_published_at": ("laatst gepubliceerd op {when}", "last published on {when}"),
    "published": ("Week gepubliceerd", "Week published"),
    "nothing_to_publish": (
        "Niets te publiceren: deze week is nog niet gepland",
        "Nothing to publish: this week is not planned yet",
    ),
    # shift detail
    "shift": ("Dienst", "Shift"),
    "on_shift": ("Op deze dienst", "On this shift"),
    "candidates": ("Kandidaten", "Candidates"),
    "assign": ("Toewijzen", "Assign"),
    "unassign": ("Weghalen", "Unassign"),
    "pin": ("Vastzetten", "Pin"),
    "tip_assign": (
        "Zet de gekozen kandidaat op deze dienst",
        "Put the chosen candidate on this shift",
    ),
    "tip_unassign": (
        "Haal de gekozen persoon van deze dienst",
        "Take the chosen person off this shift",
    ),
    "tip_pin": (
        "Zet vast of los: de planner verplaatst wie vastgezet is niet",
        "Pin or unpin: the planner does not move a pinned person",
    ),
    "tip_back": ("Terug naar het vorige scherm", "Back to the previous screen"),
    "needs": ("Nodig", "Needs"),
    "needs_professionals": ("{n} beroepskracht(en)", "{n} professional(s)"),
    "needs_volunteers": ("{lo}–{hi} vrijwilligers", "{lo}-{hi} volunteers"),
    "needs_no_volunteers": ("geen vrijwilligers", "no volunteers"),
    "needs_ratio": (
        "hoogstens {n} vrijwilligers per beroepskracht",
        "at most {n} volunteers per professional",
    ),
    "needs_min_people": ("nooit minder dan {n} personen", "never fewer than {n} people"),
    "name": ("Naam", "Name"),
    "role": ("Rol", "Role"),
    "pinned": ("vast", "pinned"),
    "allowed": ("Mag", "Allowed"),
    "why_not": ("Waarom niet", "Why not"),
    "professional": ("beroepskracht", "professional"),
    "volunteer": ("vrijwilliger", "volunteer"),
    "nobody_on_shift": ("Nog niemand.", "Nobody yet."),
    "assigned": ("{name} staat nu op {shift}", "{name} is now on {shift}"),
    "unassigned": ("{name} is weggehaald van {shift}", "{name} was taken off {shift}"),
    "pinned_done": ("{name} is vastgezet", "{name} is pinned"),
    "unpinned_done": ("{name} is losgezet", "{name} is unpinned"),
    "refused": ("Geweigerd: {reason}", "Refused: {reason}"),
    "choose_candidate": ("Kies eerst een kandidaat", "Choose a candidate first"),
    "choose_assigned": ("Kies eerst iemand op de dienst", "Choose someone on the shift first"),
    "not_allowed": ("{name} mag niet: {reason}", "{name} is not allowed: {reason}"),
    # people
    "kind": ("Soort", "Kind"),
    "load": ("Belasting", "Load"),
    "limit": ("Afspraak", "Agreed"),
    "absences": ("Afwezigheden", "Absences"),
    "absences_of": ("Afwezigheden van {name}", "Absences of {name}"),
    "hours": ("{have} van {limit} u", "{have} of {limit} h"),
    "shifts_week": ("{have} van {limit} diensten deze week", "{have} of {limit} shifts this week"),
    "shifts_month": ("{have} van {limit} in {month}", "{have} of {limit} in {month}"),
    "over_limit": ("boven de afspraak", "above the agreement"),
    "contract": ("{hours} u/week · {days}", "{hours} h/week · {days}"),
    "own_limits": ("max {week}/week, {month}/maand", "at most {week}/week, {month}/month"),
    "add_absence": ("Afwezigheid toevoegen", "Add absence"),
    "remove_absence": ("Afwezigheid wissen", "Remove absence"),
    "tip_add_absence": (
        "Verlof, ziekte of onbeschikbaarheid voor de gekozen persoon",
        "Leave, sickness or unavailability for the chosen person",
    ),
    "tip_remove_absence": ("Wis de gekozen afwezigheid", "Remove the chosen absence"),
    "from": ("Van", "From"),
    "to": ("Tot en met", "To (inclusive)"),
    "reason": ("Reden", "Reason"),
    "kind_leave": ("verlof", "leave"),
    "kind_sickness": ("ziekte", "sickness"),
    "kind_unavailable": ("onbeschikbaar", "unavailable"),
    "save": ("Bewaren", "Save"),
    "cancel": ("Annuleren", "Cancel"),
    "absence_added": (
        "Afwezigheid bewaard. Druk p om opnieuw te plannen.",
        "Absence saved. Press p to plan again.",
    ),
    "absence_removed": (
        "Afwezigheid gewist. Druk p om opnieuw te plannen.",
        "Absence removed. Press p to plan again.",
    ),
    "choose_person": ("Kies eerst een persoon", "Choose a person first"),
    "choose_absence": ("Kies eerst een afwezigheid", "Choose an absence first"),
    "no_absences": ("Geen afwezigheden.", "No absences."),
    "date_hint": ("JJJJ-MM-DD of JJJJ-MM-DD UU:MM", "YYYY-MM-DD or YYYY-MM-DD HH:MM"),
    "bad_date": (
        "'{text}' is geen datum (JJJJ-MM-DD of DD/MM/JJJJ)",
        "'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
    ),
    "bad_moment": (
        "{field}: '{text}' is geen datum of tijdstip (JJJJ-MM-DD of JJJJ-MM-DD UU:MM)",
        "{field}: '{text}' is not a date or time (YYYY-MM-DD or YYYY-MM-DD HH:MM)",
    ),
    "end_before_start": ("'Tot' ligt voor 'Van'", "'To' is before 'From'"),
    "go": ("Ga", "Go"),
    "error": ("Fout: {error}", "Error: {error}"),
    # asking before something easy to regret
    "confirm_yes": ("Ja", "Yes"),
    "publish_unstaffed_one": (
        "1 dienst onbemand — toch publiceren?",
        "1 shift unstaffed — publish anyway?",
    ),
    "publish_unstaffed_many": (
        "{n} diensten onbemand — toch publiceren?",
        "{n} shifts unstaffed — publish anyway?",
    ),
    "publish_anyway": ("Toch publiceren", "Publish anyway"),
    "publish_cancelled": ("Niet gepubliceerd", "Not published"),
    "remove_absence_q": ("Afwezigheid van {name} wissen?", "Remove the absence of {name}?"),
    "remove": ("Wissen", "Remove"),
    "absence_kept": ("Afwezigheid niet gewist", "Absence kept"),
    "absent_mark": ("⌂ afwezig", "⌂ away"),
    # Textual's own commands in the command palette
    "tip_quit": (
        "Sluit de app (een lopende planning wordt eerst gestopt)",
        "Close the app (a running planning is stopped first)",
    ),
    "sys_theme": ("Kleurenthema", "Theme"),
    "sys_theme_help": ("Kies de kleuren van de app", "Choose the app's colours"),
    "sys_keys": ("Toetsen", "Keys"),
    "sys_keys_help": (
        "Toon de toetsen van dit scherm in een paneel",
        "Show the keys of this screen in a panel",
    ),
    "sys_keys_hide": ("Verberg het paneel met toetsen", "Hide the panel with keys"),
    "sys_maximize": ("Maximaliseren", "Maximize"),
    "sys_maximize_help": (
        "Toon het gekozen onderdeel schermvullend",
        "Show the focused part full screen",
    ),
    "sys_minimize": ("Normale grootte", "Minimize"),
    "sys_minimize_help": (
        "Zet het schermvullende onderdeel terug",
        "Put the full-screen part back",
    ),
    "sys_screenshot": ("Schermafdruk", "Screenshot"),
    "sys_screenshot_help": (
        "Bewaar een schermafdruk (SVG) van dit scherm",
        "Save a screenshot (SVG) of this screen",
    ),
    # managers placeholder
    "managers_placeholder": (
        "Hier komt het overzicht voor leidinggevenden (bemanning, vrijwilligersuren per uur beroepskracht, continuïteit).",
        "The managers' view comes here (staffing, volunteer hours per professional hour, continuity).",
    ),
}

_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_MONTHS_LONG = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def choose_language(setting: str | None = None, environ: dict[str, str] | None = None) -> str:
    """An explicit setting wins; else ROSTER_LANG, else LANG/LC_ALL starting with 'nl'; else English."""
    env = os.environ if environ is None else environ
    for value in (setting, env.get("ROSTER_LANG")):
        if value:
            code = value.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


class Labels:
    """`t = Labels("nl"); t("plan")` -> 'Plannen'. Unknown keys show themselves, never crash."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
        self.lang = lang
        self._index = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        pair = LABELS.get(key)
        text = pair[self._index] if pair else key
        return text.format(**values) if values else text

    def weekday(self, day: date) -> str:
        return _WEEKDAYS[self.lang][day.weekday()]

    def day(self, day: date) -> str:
        """'ma 30 nov' / 'Mon 30 Nov'."""
        return f"{self.weekday(day)} {day.day} {_MONTHS[self.lang][day.month - 1]}"

    def day_year(self, day: date) -> str:
        return f"{self.day(day)} {day.year}"

    def month(self, day: date) -> str:
        return _MONTHS_LONG[self.lang][day.month - 1]

    def moment(self, when: datetime) -> str:
        return f"{self.day(when.date())} {when:%H:%M}"
