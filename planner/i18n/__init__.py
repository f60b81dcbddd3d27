"""Words at the edge, in the reader's language: the message catalogues (locale/, read by
language.py), dates and numbers from CLDR (format.py), display names (names.py), the
organisation's names (words.py), and the sentences of reasons, explanations and errors.
docs/i18n.md says how it works and how to add a language."""
