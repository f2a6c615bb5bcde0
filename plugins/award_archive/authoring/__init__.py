"""Making entries: `awards new`, ids, writing front matter, the importer."""
