from awsglue.context import GlueContext
from awsglue.transforms import Join
from pyspark.context import SparkContext

glue = GlueContext(SparkContext.getOrCreate())
orders = glue.create_dynamic_frame.from_catalog(
    database="sales", table_name="orders", transformation_ctx="orders")
customers = glue.create_dynamic_frame.from_catalog(
    database="crm", table_name="customers", transformation_ctx="customers")

# Join performs an equality join on the listed keys of each frame.
joined = Join.apply(orders, customers, "customer_id", "customer_id")

# For an explicit left join, or any other Spark logic, switch to a DataFrame:
left = orders.toDF().join(customers.toDF(), "customer_id", "left")
