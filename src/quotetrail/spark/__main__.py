"""``python -m quotetrail.spark INPUT... -o OUTPUT``, and the main file to give spark-submit (docs/spark.md)."""
import sys

from quotetrail.spark.job import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m quotetrail.spark"))
