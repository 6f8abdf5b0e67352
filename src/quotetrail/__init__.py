"""quotetrail: who said what in the news, where it was first said, and who changed it."""
from quotetrail.extract import extract, extract_article
from quotetrail.types import Article, ArticleResult, Rejection, Speaker, Statement

__version__ = "0.1.0"
__all__ = ["Article", "ArticleResult", "Rejection", "Speaker", "Statement", "extract", "extract_article"]
