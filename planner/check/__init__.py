"""The independent checker: every hard rule, verified on a finished roster without CP-SAT."""

from planner.check.checker import *  # noqa: F403
from planner.check.checker import __all__  # noqa: F401
