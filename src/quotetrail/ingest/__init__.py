"""Reading articles from files: every reader yields ``Article`` or ``Rejection`` items."""
from quotetrail.ingest.paths import expand_paths
from quotetrail.ingest.readers import iter_units, read_path, read_paths, resolve

__all__ = ["expand_paths", "iter_units", "read_path", "read_paths", "resolve"]
