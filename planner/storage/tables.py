"""SQLModel tables for the organisation and rosters (suffix Row); kept apart from domain types."""
