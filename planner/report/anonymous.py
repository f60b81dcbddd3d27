"""Why a shift went without its professionals, said without naming anyone: for the ratio
report, which is sent to funders.

The planner saves a sentence per unstaffed shift (planner/explain/explain_all.py, _why_unstaffed): a head
("no professional free", "only 1 of the 2 professionals free (Els Pro)", "nobody alone: ...",
"left unstaffed although Els Pro could take it (...)"), then after " - " groups of names with
the first rule that stopped them ("Els Pro and Bart Pro on leave, An Pro needs rest after
..."), and last "5 others lack social_worker". Only the saved sentence is left by report
time, so it is read back here with the organisation's names: each group becomes a count per
rule, and neither names nor kinds of absence (leave, sickness) remain.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# The first phrase that matches names the rule; order matters ("over 8 h a day" before
# "days in a row"). Absence kinds all read "absent": a funder has no business knowing who is
# sick.
_RULES: tuple[tuple[str, str], ...] = (
    (r"^(?:is )?(?:on leave|sick|unavailable|absent)\b", "absent"),
    (r"^needs rest\b", "need rest"),
    (r"^works .* at the same time$|^has too little travel time\b", "on another shift"),
    (r"^reached .* a week\b", "at weekly hours"),
    (r"^over .* a day\b", "at daily hours"),
    (r"^over \d+ days in a row\b", "at days in a row"),
    (r"^only \d+ day\(s\) off\b", "need days off"),
    (r"^would work \d+ in this period\b", "at weekend limit"),
    (r"^no \S+ shift\b", "shift order"),
    (r"^does not work on\b", "not a working day"),
    (r"^at the limit they set\b", "at their own limit"),
    (r"^(?:does not do|did not offer)\b", "not offered"),
)
_OTHERS = re.compile(r"(?:^|, )(\d+) others? lacks? .*$")
_ABSENCE_WORDS = re.compile(r"\b(?:on leave|sick|unavailable)\b")


def reason_counts(text: str, names: Iterable[str]) -> Counter[str]:
    """People per rule in the part of a saved reason after its head: {'absent': 4, 'need
    rest': 2, 'not qualified': 5}. Names not in `names` are not counted."""
    counts: Counter[str] = Counter()  # in the sentence's order
    others = _OTHERS.search(text)
    if others:
        text = text[: others.start()]
    found = list(_names_pattern(names).finditer(text)) if names else []
    pending = 0
    for i, match in enumerate(found):
        pending += 1
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        between = text[match.end() : end]
        if between in (", ", " and "):
            continue  # the next name is in the same group
        counts[_rule_of(between.strip().removesuffix(","))] += pending
        pending = 0
    if others:
        counts["not qualified"] += int(others.group(1))
    return counts


def anonymous_reason(reason: str, names: Iterable[str]) -> str:
    """A saved reason with counts instead of names: 'no qualified professional free
    (4 absent, 2 need rest, 1 at weekly hours, 5 not qualified)'."""
    names = [n for n in names if n]
    head, _, rest = reason.partition(" - ")
    counts = reason_counts(rest, names) if rest else Counter()
    if head.startswith("no professional free"):
        text = "no qualified professional free"
    elif m := re.match(r"only (\d+) of the (\d+) professionals free", head):
        text = f"only {m.group(1)} of the {m.group(2)} qualified professionals free"
    elif m := re.match(r"nobody alone: needs (\d+) people", head):
        text = f"nobody alone: needs {m.group(1)} people, not enough free"
    elif head.startswith("left unstaffed although"):
        free = len(list(_names_pattern(names).finditer(head))) if names else 0
        text = (
            f"left unstaffed although {free} qualified professional(s) could take it "
            "(the planner stopped before it found them)"
        )
    else:  # a shape this module does not know: at least no names, no kinds of absence
        text = _names_pattern(names).sub("someone", reason) if names else reason
        return _ABSENCE_WORDS.sub("absent", text)
    if counts:
        text += " (" + ", ".join(f"{n} {rule}" for rule, n in counts.items()) + ")"
    return text


def _rule_of(phrase: str) -> str:
    for pattern, rule in _RULES:
        if re.search(pattern, phrase):
            return rule
    return "other rule"


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so "An Peeters" never matches inside "Ann Peeters-Janssens".
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
