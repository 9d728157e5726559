from pyspark.ml import Pipeline
from pyspark.ml.feature import Tokenizer, StopWordsRemover, HashingTF, IDF

docs = spark.read.json("s3://example-bucket/raw/reviews/")   # columns: review_id, text

pipeline = Pipeline(stages=[
    Tokenizer(inputCol="text", outputCol="words"),
    StopWordsRemover(inputCol="words", outputCol="filtered"),
    HashingTF(inputCol="filtered", outputCol="tf"),
    IDF(inputCol="tf", outputCol="features"),
])
model = pipeline.fit(docs)
model.transform(docs).select("review_id", "features") \
     .write.mode("overwrite").parquet("s3://example-bucket/features/tfidf/")
model.write().overwrite().save("s3://example-bucket/models/tfidf-pipeline/")
