"""What others read: CSV/JSON export, JSON Schema, the contributors' field table."""
