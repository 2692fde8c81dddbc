"""Retrieval pipeline of govqa: loading → chunking → index → retriever → answer."""
