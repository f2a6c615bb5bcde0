"""The entry contract: fields and labels, the Entry, and the small value rules."""
