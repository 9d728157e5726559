from pyspark.sql.functions import broadcast

orders = spark.read.parquet("s3://example-bucket/raw/orders/")
customers = spark.read.option("header", True).csv("s3://example-bucket/raw/customers/")

joined = orders.join(broadcast(customers), on="customer_id", how="left")
(joined.write.mode("overwrite")
    .partitionBy("order_date")
    .parquet("s3://example-bucket/curated/orders_enriched/"))
