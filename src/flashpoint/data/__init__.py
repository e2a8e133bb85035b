"""Data files: lexicons, tables and defaults, each with its format described in a header or in docs/."""
