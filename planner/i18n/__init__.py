"""Words at the edge: dates, numbers and sentences of reasons, in the reader's language."""
