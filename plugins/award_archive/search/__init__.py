"""The search index (Pagefind) and the search page."""
