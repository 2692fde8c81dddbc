"""Text shared by every stage: sentences, numbers, words, synonyms."""
