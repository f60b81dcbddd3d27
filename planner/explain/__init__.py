from planner.explain.explain_all import *  # noqa: F403
