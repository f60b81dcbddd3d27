from planner.service.use_cases import *  # noqa: F403
