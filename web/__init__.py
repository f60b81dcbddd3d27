"""The HTTP side: `roster serve`'s calendar feeds (app.py). Reaches the planner only through
planner.service.Service, as the CLI and the terminal app do."""
