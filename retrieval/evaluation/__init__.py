"""Evaluation: citation support, checking answer files, evaluating question sets."""
