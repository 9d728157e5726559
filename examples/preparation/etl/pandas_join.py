import pandas as pd

orders = pd.read_parquet("orders.parquet")
customers = pd.read_csv("customers.csv", dtype={"customer_id": "string"})
orders["customer_id"] = orders["customer_id"].astype("string")

# validate= raises an error if a customer_id repeats on the right side
joined = orders.merge(customers, on="customer_id", how="left",
                      validate="many_to_one")
