# Asynchronous endpoint: requests queue up, payloads and results live in S3, SNS reports completion.
import boto3

sagemaker = boto3.client("sagemaker")
runtime = boto3.client("sagemaker-runtime")

sagemaker.create_endpoint_config(
    EndpointConfigName="video-tagger-async",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "video-tagger-v2",
            "InstanceType": "ml.g5.xlarge",
            "InitialInstanceCount": 1,
        }
    ],
    AsyncInferenceConfig={
        "ClientConfig": {"MaxConcurrentInvocationsPerInstance": 4},
        "OutputConfig": {
            "S3OutputPath": "s3://amzn-s3-demo-bucket/async/output/",
            "S3FailurePath": "s3://amzn-s3-demo-bucket/async/failures/",
            "NotificationConfig": {
                "SuccessTopic": "arn:aws:sns:us-east-1:111122223333:tagger-done",
                "ErrorTopic": "arn:aws:sns:us-east-1:111122223333:tagger-failed",
            },
        },
    },
)
sagemaker.create_endpoint(EndpointName="video-tagger", EndpointConfigName="video-tagger-async")

# The caller uploads the input to S3 first and passes only its location.
response = runtime.invoke_endpoint_async(
    EndpointName="video-tagger",
    InputLocation="s3://amzn-s3-demo-bucket/async/input/clip-0042.mp4",
    ContentType="video/mp4",
    InvocationTimeoutSeconds=1800,  # processing time allowed for this request
)
print(response["OutputLocation"])  # where the result will appear
