"""One module per scheduling rule; depends on planner, never the reverse."""
