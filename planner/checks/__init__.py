"""The hard rules the independent checker verifies (planner/check.py runs them), one module
per group. Nothing here uses CP-SAT or the model code."""
