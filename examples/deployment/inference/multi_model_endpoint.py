# Multi-model endpoint: one container in MultiModel mode, many artifacts under one S3 prefix.
import boto3

sagemaker = boto3.client("sagemaker")
runtime = boto3.client("sagemaker-runtime")

sagemaker.create_model(
    ModelName="store-forecasts",
    ExecutionRoleArn="arn:aws:iam::111122223333:role/SageMakerExecutionRole",
    PrimaryContainer={
        "Image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/xgboost-mme:latest",
        "Mode": "MultiModel",
        "ModelDataUrl": "s3://amzn-s3-demo-bucket/forecast-models/",  # a prefix, not one file
    },
)

# The caller names the artifact to use; it is loaded on first use, then cached.
response = runtime.invoke_endpoint(
    EndpointName="store-forecasts",
    TargetModel="store-0417.tar.gz",
    ContentType="text/csv",
    Body="2026-11-28,1,0,14.5",
)
