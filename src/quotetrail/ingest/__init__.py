"""Reading articles from files: every reader yields ``Article`` or ``Rejection`` items."""
from quotetrail.ingest.readers import read_path, read_paths

__all__ = ["read_path", "read_paths"]
