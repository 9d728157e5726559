# Serverless endpoint: memory size and concurrency instead of instances, then one synchronous call.
import json

import boto3

sagemaker = boto3.client("sagemaker")
runtime = boto3.client("sagemaker-runtime")

sagemaker.create_endpoint_config(
    EndpointConfigName="faq-classifier-serverless",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "faq-classifier-v3",  # created earlier with CreateModel
            "ServerlessConfig": {
                "MemorySizeInMB": 3072,  # 1024 to 6144, in 1 GB steps
                "MaxConcurrency": 20,  # concurrent invocations before throttling
                "ProvisionedConcurrency": 2,  # optional: kept warm, no cold start
            },
        }
    ],
)
sagemaker.create_endpoint(
    EndpointName="faq-classifier",
    EndpointConfigName="faq-classifier-serverless",
)

# Same call as for a real-time endpoint: small JSON in, prediction out.
response = runtime.invoke_endpoint(
    EndpointName="faq-classifier",
    ContentType="application/json",
    Body=json.dumps({"text": "How do I reset my password?"}),
)
print(response["Body"])
