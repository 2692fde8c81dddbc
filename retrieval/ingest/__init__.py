"""Ingest: files → reports (text, metadata, body) → heading-aware chunks → a store."""
