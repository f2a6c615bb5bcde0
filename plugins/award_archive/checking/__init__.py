"""Reading entry files, validating them, cross-checking the archive, reporting."""
