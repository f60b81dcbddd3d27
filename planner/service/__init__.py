"""The use cases the CLI and the terminal app share, behind one typed entry point: Service
(service.py). Each module holds one family of use cases; results.py what they return."""

from planner.service.checking import Holding, NoLongerHolds, Unpublishable
from planner.service.editing import Correction
from planner.service.loading import DeparturesUnconfirmed, Loaded, LookAlike
from planner.service.privacy import Forgotten
from planner.service.results import (
    Candidate,
    PeriodRoster,
    PlanOutcome,
    Progress,
    Published,
    RuleCost,
)
from planner.service.service import Service
from planner.storage.audit_log import LogEntry  # the log as it is read, nothing to add

__all__ = [
    "Candidate",
    "Correction",
    "DeparturesUnconfirmed",
    "Forgotten",
    "Holding",
    "NoLongerHolds",
    "LogEntry",
    "Loaded",
    "LookAlike",
    "PeriodRoster",
    "PlanOutcome",
    "Progress",
    "Published",
    "RuleCost",
    "Service",
    "Unpublishable",
]
