"""``python -m quotetrail.spark INPUT... -o OUTPUT``, and the main file to give spark-submit (docs/spark.md)."""
from quotetrail.cli.spark_cmd import spark_extract

if __name__ == "__main__":
    spark_extract(prog_name="python -m quotetrail.spark")
