from planner.report.ratios import *  # noqa: F403
