"""Bindings are declared with English descriptions and tooltips marked N_(), then worded per
instance in the current language, so the footer and the command palette speak the
coordinator's language."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from planner.i18n.language import _


def translate_bindings(node: DOMNode) -> None:
    keymap = node._bindings.key_to_bindings
    for key, bindings in keymap.items():
        keymap[key] = [
            replace(
                b,
                description=_(b.description) if b.description else "",
                tooltip=_(b.tooltip) if b.tooltip else "",
            )
            for b in bindings
        ]
