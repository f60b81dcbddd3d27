"""Bindings are declared with label keys as descriptions and tooltips, then translated per
instance, so the footer and the command palette speak the coordinator's language."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from tui.i18n import Labels


def translate_bindings(node: DOMNode, t: Labels) -> None:
    keymap = node._bindings.key_to_bindings
    for key, bindings in keymap.items():
        keymap[key] = [
            replace(
                b,
                description=t(b.description) if b.description else "",
                tooltip=t(b.tooltip) if b.tooltip else "",
            )
            for b in bindings
        ]
