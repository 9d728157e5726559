# Batch transform: score every CSV file under an S3 prefix, mini-batched by line, input joined to output.
import boto3

sagemaker = boto3.client("sagemaker")

sagemaker.create_transform_job(
    TransformJobName="churn-scoring-2026-11-27",
    ModelName="churn-model-v7",
    TransformInput={
        "DataSource": {
            "S3DataSource": {
                "S3DataType": "S3Prefix",
                "S3Uri": "s3://amzn-s3-demo-bucket/churn/customers/",
            }
        },
        "ContentType": "text/csv",
        "SplitType": "Line",  # one CSV line = one record
    },
    BatchStrategy="MultiRecord",  # as many records per request as MaxPayloadInMB allows
    MaxPayloadInMB=6,
    DataProcessing={
        "InputFilter": "$[1:]",  # drop the customer_id column before inference
        "JoinSource": "Input",  # append each prediction to its input row
        "OutputFilter": "$[0,-1]",  # keep customer_id and the prediction
    },
    TransformOutput={
        "S3OutputPath": "s3://amzn-s3-demo-bucket/churn/scores/",
        "AssembleWith": "Line",
    },
    TransformResources={"InstanceType": "ml.m5.xlarge", "InstanceCount": 2},
)
