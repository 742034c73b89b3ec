"""Scoring newsift against gold data (``newsift eval``); one module per data set."""
