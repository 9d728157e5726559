# Shows an endpoint configuration that captures 10% of requests and responses to Amazon S3 for Model Monitor.
import boto3

sm = boto3.client("sagemaker", region_name="us-east-1")

sm.create_endpoint_config(
    EndpointConfigName="churn-model-config-v3",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "churn-model-v3",
            "InstanceType": "ml.m5.xlarge",
            "InitialInstanceCount": 2,
        }
    ],
    DataCaptureConfig={
        "EnableCapture": True,
        "InitialSamplingPercentage": 10,  # keep this low on busy endpoints
        "DestinationS3Uri": "s3://amzn-s3-demo-bucket/churn/data-capture",
        "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
        "CaptureContentTypeHeader": {"CsvContentTypes": ["text/csv"]},
    },
)
