"""The read-only web app and JSON API (``quotetrail serve``); needs the ``web`` extra."""
from quotetrail.web.app import create_app

__all__ = ["create_app"]
