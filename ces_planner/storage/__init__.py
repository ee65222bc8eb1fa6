"""Plan files: SQLite through SQLAlchemy, schema versions and migrations. The one place for SQL."""
