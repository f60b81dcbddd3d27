"""Tables for exported calendar events (UID, SEQUENCE, cancellations)."""
