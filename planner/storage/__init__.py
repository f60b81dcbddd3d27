"""SQLModel tables (suffix Row), the engine made from a URL, the repository."""
