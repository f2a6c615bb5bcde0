"""The search index (the substring index, the results' texts) and the search page."""
