"""The site: every generated page and file, as plain data (no MkDocs here)."""
