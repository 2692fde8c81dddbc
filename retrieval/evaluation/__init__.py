"""Evaluation: reading anyone's answers, checking their citations, scoring question sets."""
