CREATE TABLE curated.orders_enriched
WITH (format = 'PARQUET',
      external_location = 's3://example-bucket/curated/orders_enriched/',
      partitioned_by = ARRAY['order_date'])
AS
SELECT o.order_id, o.amount, c.segment, o.order_date
FROM sales.orders o
LEFT JOIN crm.customers c ON o.customer_id = c.customer_id;
