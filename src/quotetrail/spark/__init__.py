"""Run the per-article extraction on Apache Spark (``pip install 'quotetrail[spark]'``).

``records`` is plain Python (one input line -> statements); ``job`` is the Spark driver and needs pyspark.
Run it with ``quotetrail spark-extract``, ``python -m quotetrail.spark`` or spark-submit (docs/spark.md).
"""
