"""The managers' view: the staffing-ratio report of `roster report ratios`, with bar charts.

The figures come from Service.ratio_report, the same function the CLI and the HTML
report use, so the screen can never disagree with what is sent to a funder. The report is
computed in a thread worker and arrives by message.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from planner.dates import monday_of
from planner.domain import Period
from planner.errors import PlannerError
from planner.i18n.explanations import summary_text
from planner.i18n.format import day_year, integer, number, percent, short_date, short_datetime
from planner.i18n.incidents import incident_text, incidents_heading
from planner.i18n.language import N_, _, ngettext, pgettext
from planner.io.report_columns import (
    CONTRACT_HEADERS,
    LOAD_HEADERS,
    RATIO_COLUMNS,
    activity_label,
    contract_cells,
    load_cells,
    unplanned_text,
    unrecorded_text,
)
from planner.report.ratios import RatioReport, RatioRow
from tui.bindings import WEEKS, translate_bindings
from tui.context import Context
from tui.messages import DataChanged, WeekChosen
from tui.widgets.bar_chart import BarChart
from tui.widgets.figures import Figures
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.row_table import RowTable

WEEK_CHOICES = (1, 4, 13)  # a week, a month, a quarter
EXCEPTIONS_SHOWN = 15  # the rest: `roster report ratios` lists every one


class ReportReady(Message):
    def __init__(self, report: RatioReport | None, error: str = "") -> None:
        super().__init__()
        self.report = report
        self.error = error


class ManagersScreen(Screen):
    CSS_PATH = "managers.tcss"
    # Below 150 columns the two charts go one under the other, so their labels keep room.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (150, "-wide")]
    BINDINGS = [
        Binding("left_square_bracket", "shift_weeks(-1)", N_("Previous week"), key_display="[", group=WEEKS, id="managers.prev", tooltip=N_("Start a week earlier")),
        Binding("right_square_bracket", "shift_weeks(1)", N_("Next week"), key_display="]", group=WEEKS, id="managers.next", tooltip=N_("Start a week later")),
        Binding("w", "span", N_("1/4/13 weeks"), id="managers.span", tooltip=N_("Show 1, 4 or 13 weeks")),
        Binding("d", "source", N_("Published/draft"), id="managers.source", tooltip=N_("Switch between the published and the working roster")),
        Binding("r", "reload", N_("Reload"), id="managers.reload", tooltip=N_("Compute the figures again")),
    ]  # fmt: skip

    def __init__(self, ctx: Context, monday: date) -> None:
        super().__init__(name="managers")
        self.ctx = ctx
        self.period = Period(monday_of(monday), 4)
        self.published = True
        self.report: RatioReport | None = None
        self.sub_title = _("Managers")
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="managers-title")
        with VerticalScroll(id="managers-body"):
            yield Figures(id="kpis")
            with Horizontal(id="charts"):
                yield BarChart(id="chart-cover", classes="chart")
                yield BarChart(id="chart-ratio", classes="chart")
            yield BarChart(id="chart-weeks", classes="chart")
            yield RowTable(id="ratios", zebra_stripes=True)
            yield Static(id="exceptions")
            yield Static(_("Volunteers' load against their own limits"), classes="section")
            yield DataTable(id="load", cursor_type="none")
            yield Static(_("Professionals' hours against contract"), classes="section")
            yield DataTable(id="contract", cursor_type="none")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reload()

    # -- attributes down ---------------------------------------------------------------
    def show_week(self, monday: date) -> None:
        """The app moved to another week: report from its Monday, same span."""
        period = Period(monday_of(monday), self.period.weeks)
        if period == self.period and self.report is not None:
            return
        self.period = period
        if self.is_mounted:
            self.reload()

    def on_data_changed(self, _message: DataChanged) -> None:
        self.reload()

    # -- actions -----------------------------------------------------------------------
    def action_shift_weeks(self, weeks: int) -> None:
        monday = self.period.start + timedelta(weeks=weeks)
        self.post_message(WeekChosen(monday))  # the app tells every screen, this one too
        self.show_week(monday)

    def action_span(self) -> None:
        i = WEEK_CHOICES.index(self.period.weeks) if self.period.weeks in WEEK_CHOICES else -1
        self.period = Period(self.period.start, WEEK_CHOICES[(i + 1) % len(WEEK_CHOICES)])
        self.reload()

    def action_source(self) -> None:
        self.published = not self.published
        self.reload()

    def action_reload(self) -> None:
        self.reload()

    # -- the report, in a worker -------------------------------------------------------
    def reload(self) -> None:
        self.query_one("#managers-title", Static).update(
            self._title() + " · " + _("Computing the figures…")
        )
        self._compute(self.period, self.published)

    @work(thread=True, exclusive=True, group="managers-report", exit_on_error=False)
    def _compute(self, period: Period, published: bool) -> None:
        try:
            report = self.ctx.call(self.ctx.service.ratio_report, period, published=published)
        except PlannerError as exc:
            self.post_message(ReportReady(None, self.ctx.error(exc)))
            return
        self.post_message(ReportReady(report))

    def on_report_ready(self, message: ReportReady) -> None:
        if message.report is None:
            self.query_one("#managers-title", Static).update(self._title())
            self.notify(message.error, severity="error", timeout=15)
            return
        report = message.report
        if report.window != self.period or report.source != self._source():
            return  # an older request finished late
        self.report = report
        self.query_one("#managers-title", Static).update(self._title())
        self._show_kpis(report)
        self._show_charts(report)
        self._show_ratios(report)
        self._show_exceptions(report)
        self._fill(
            self.query_one("#load", DataTable),
            [_(h) for h in LOAD_HEADERS],
            [(self._week(x.week), *load_cells(x)[1:]) for x in report.volunteer_load],
        )
        self._fill(
            self.query_one("#contract", DataTable),
            [_(h) for h in CONTRACT_HEADERS],
            [(self._week(x.week), *contract_cells(x)[1:]) for x in report.contract_hours],
        )

    # -- drawing -----------------------------------------------------------------------
    def _source(self) -> str:
        return "published" if self.published else "working"

    def _week(self, week: date | None) -> str:
        return _("total") if week is None else short_date(week)

    def _title(self) -> str:
        if self.published:
            source = _("published roster")
        else:
            source = _("working roster (draft)")
        return ngettext(
            "Staffing ratios — {n} week from {start} — {source}",
            "Staffing ratios — {n} weeks from {start} — {source}",
            self.period.weeks,
            start=day_year(self.period.start),
            source=source,
        )

    def _show_kpis(self, report: RatioReport) -> None:
        total = report.total
        kpis = self.query_one("#kpis", Figures)
        kpis.set_class(total.cover is not None and total.cover < 1.0, "-uncovered")
        cover_style = (
            "bold" if total.cover is None else "bold green" if total.cover == 1.0 else "bold red"
        )
        # Say which roster the figure counts: the week screen may show a draft while this
        # screen shows the published roster (its default), whose cover can differ.
        if self.published:
            cover = ngettext(
                "professional cover of {n} planned shift in the published roster (d: the draft)",
                "professional cover of {n} planned shifts in the published roster (d: the draft)",
                total.planned,
            )
        else:
            cover = ngettext(
                "professional cover of {n} planned shift in the draft (d: the published roster)",
                "professional cover of {n} planned shifts in the draft (d: the published roster)",
                total.planned,
            )
        items = [Text.assemble((percent(total.cover), cover_style), " ", cover)]
        for value, label in (
            (
                number(total.volunteer_hours_per_professional_hour, 2),
                _("volunteer h per professional h"),
            ),
            (percent(total.continuity), _("continuity")),
            (integer(total.shifts), _("shifts")),
        ):
            items.append(Text.assemble((value, "bold"), " ", label))
        # Not a cover failure, but the manager must see the figure covers part of the span.
        apart = (t for t in (unplanned_text(report), unrecorded_text(report)) if t)
        note = Text("; ".join(apart), style="bold yellow")
        kpis.show(items, note)

    def _show_charts(self, report: RatioReport) -> None:
        activities = report.activity_totals()
        self.query_one("#chart-cover", BarChart).show(
            _("Professional cover per activity"),
            [
                (r.activity, r.figures.cover or 0.0, percent(r.figures.cover), _cover_style(r))
                for r in activities
            ],
            top=1.0,
        )
        ratios = [r.figures.volunteer_hours_per_professional_hour or 0.0 for r in activities]
        self.query_one("#chart-ratio", BarChart).show(
            _("Volunteer hours per professional hour, per activity"),
            [
                (
                    r.activity,
                    value,
                    number(r.figures.volunteer_hours_per_professional_hour, 2),
                    "dark_orange",
                )
                for r, value in zip(activities, ratios, strict=True)
            ],
            top=max(ratios + [1.0]),
        )
        weeks = report.week_totals()
        top = max(
            [1.0] + [max(r.figures.professional_hours, r.figures.volunteer_hours) for r in weeks]
        )
        # One letter each, as the chart's title explains them.
        pro, vol = pgettext("chart letter", "P"), pgettext("chart letter", "V")
        bars = []
        for r in weeks:
            assert r.week is not None  # week_totals holds the rows of single weeks
            day = short_date(r.week)
            bars.append(
                (
                    f"{day} {pro}",
                    r.figures.professional_hours,
                    number(r.figures.professional_hours),
                    "steel_blue",
                )
            )
            bars.append(
                (
                    f"{day} {vol}",
                    r.figures.volunteer_hours,
                    number(r.figures.volunteer_hours),
                    "dark_orange",
                )
            )
        self.query_one("#chart-weeks", BarChart).show(
            _("Hours per week (P = professional, V = volunteer)"), bars, top=top
        )

    def _show_ratios(self, report: RatioReport) -> None:
        rows = report.activity_totals() + [
            r for r in report.rows if r.activity_id is None and r.week is None
        ]
        lines = [(activity_label(r), *(c.text(r.figures) for c in RATIO_COLUMNS)) for r in rows]
        self._fill(
            self.query_one("#ratios", DataTable),
            (_("Activity"), *(c.title() for c in RATIO_COLUMNS)),
            lines,
        )

    def _show_exceptions(self, report: RatioReport) -> None:
        box = self.query_one("#exceptions", Static)
        box.set_class(bool(report.exceptions), "-uncovered")
        if not report.exceptions:
            if not report.total.planned:
                every = ""
            elif self.published:
                every = _(
                    "Every planned shift in the published roster has its qualified professionals."
                )
            else:
                every = _("Every planned shift in the draft has its qualified professionals.")
            box.update(Text(every, style="green"))
            return
        title = _("Shifts without their professionals ({count}):", count=len(report.exceptions))
        text = Text(title + "\n", style="bold red")
        for e in report.exceptions[:EXCEPTIONS_SHOWN]:
            text.append(f"  • {e.activity} {short_datetime(e.start)}: {summary_text(e.reason)}\n")
        hidden = len(report.exceptions) - EXCEPTIONS_SHOWN
        if hidden > 0:
            text.append(
                "  "
                + _("… and {count} more: `roster report ratios` lists them all", count=hidden)
                + "\n"
            )
        # What happened on shifts that have started: an incident is always a shift without
        # its professionals, so it is among the exceptions above too.
        if report.incidents:
            text.append(incidents_heading(len(report.incidents)) + "\n", style="bold red")
            for i in report.incidents[:EXCEPTIONS_SHOWN]:
                text.append(f"  • {incident_text(i)}\n")
        box.update(text)

    def _fill(self, table: DataTable, headers, lines) -> None:
        table.clear(columns=True)
        table.add_columns(*headers)
        for line in lines:
            table.add_row(*line)


def _cover_style(row: RatioRow) -> str:
    if row.figures.cover is None:
        return "grey50"
    return "green" if row.figures.cover == 1.0 else "red"
