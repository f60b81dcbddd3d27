"""The planner's core: domain, shifts, storage, solver, checker. No UI import below here."""
