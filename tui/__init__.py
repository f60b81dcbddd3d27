"""The coordinator's terminal app (Textual)."""
