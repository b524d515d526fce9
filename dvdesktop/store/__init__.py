"""The SQLite file: connection, pragmas, migrations and text folding for search."""
