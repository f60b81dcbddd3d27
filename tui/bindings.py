"""Bindings are declared with English descriptions and tooltips marked N_(), then worded per
instance in the current language, so the footer and the command palette speak the
coordinator's language."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from planner.i18n.language import N_, _

# Keys that belong together share one label in the footer ('[] Vorige/volgende week'), so that
# every key of a screen shows at 200 columns; the palette and the keys panel keep each one's
# own words.
WEEKS = Binding.Group(N_("Previous/next week"), compact=True)
ABSENCES = Binding.Group(N_("Absence: add/remove"), compact=True)
# A link and its revocation (the capital letter, which asks first).
CALENDAR_LINK = Binding.Group(N_("Calendar link"), compact=True)
PAGE_LINK = Binding.Group(N_("Page link"), compact=True)


def translate_bindings(node: DOMNode) -> None:
    keymap = node._bindings.key_to_bindings
    for key, bindings in keymap.items():
        keymap[key] = [
            replace(
                b,
                description=_(b.description) if b.description else "",
                tooltip=_(b.tooltip) if b.tooltip else "",
                group=replace(b.group, description=_(b.group.description)) if b.group else None,
            )
            for b in bindings
        ]
