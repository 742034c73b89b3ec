"""Extraction stages: each module holds one stage function and its helpers."""
