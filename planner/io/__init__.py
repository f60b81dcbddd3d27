"""Reading and writing the outside world: organisation folders, JSON export, calendars, reports."""
