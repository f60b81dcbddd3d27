"""The solver: the facts of one period, the CP-SAT model, the search. Pure: no storage."""
