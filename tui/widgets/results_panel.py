"""After planning: the unstaffed shifts with their reasons, the changes against the published
roster, what the soft rules cost. The screen hands it ready-made lines and titles, worded."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static


@dataclass(frozen=True)
class Results:
    status: str = ""  # "Planned: optimal ..." or ""
    unstaffed: tuple[tuple[str, str], ...] = ()  # (shift label, reason)
    # Started before they were planned, nobody on them: history, apart from the gaps.
    unrecorded: tuple[tuple[str, str], ...] = ()  # (shift label, reason)
    changes: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    published_before: bool = True
    hint: str = ""
    titles: dict[str, str] = field(default_factory=dict)  # section key -> label


def results_text(results: Results) -> Text:
    title = results.titles
    out = Text()
    if results.status:
        out.append(results.status + "\n\n", style="bold")
    out.append(title.get("unstaffed", "") + "\n", style="bold underline")
    if results.unstaffed:
        for label, reason in results.unstaffed:
            out.append("✗ ", style="bold red")
            out.append(label, style="bold")
            out.append(f": {reason}\n")
    else:
        out.append(title.get("none_unstaffed", "") + "\n")
    if results.unrecorded:
        out.append("\n" + title.get("unrecorded", "") + "\n", style="bold underline")
        for label, reason in results.unrecorded:
            out.append("· ", style="dim")
            out.append(label, style="bold")
            out.append(f": {reason}\n")
    out.append("\n" + title.get("changes", "") + "\n", style="bold underline")
    if not results.published_before:
        out.append(title.get("never_published", "") + "\n")
    elif results.changes:
        for line in results.changes:
            out.append(f"• {line}\n")
    else:
        out.append(title.get("no_changes", "") + "\n")
    if results.costs:
        out.append("\n" + title.get("costs", "") + "\n", style="bold underline")
        for line in results.costs:
            out.append(f"  {line}\n")
    if results.hint:
        out.append("\n" + results.hint, style="italic")
    return out


class ResultsPanel(VerticalScroll):
    def compose(self):
        yield Static(id="results-text")

    def show(self, results: Results) -> None:
        self.query_one("#results-text", Static).update(results_text(results))
