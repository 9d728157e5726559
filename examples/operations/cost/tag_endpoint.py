# Add cost allocation tags to an existing SageMaker AI endpoint (tag at creation when you can).
import boto3

sagemaker = boto3.client("sagemaker")

sagemaker.add_tags(
    ResourceArn="arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod",
    Tags=[
        {"Key": "project", "Value": "churn"},
        {"Key": "team", "Value": "customer-ml"},
        {"Key": "environment", "Value": "prod"},
        {"Key": "cost-center", "Value": "cc-4410"},
    ],
)
