"""newsift: conflict news in, a structured, source-linked event dataset out."""

from newsift.model import Extraction
from newsift.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Extraction", "Pipeline", "__version__"]
