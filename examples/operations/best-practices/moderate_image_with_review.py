# Moderate an uploaded image with Rekognition and let Amazon A2I send uncertain results to human reviewers.
import boto3

rekognition = boto3.client("rekognition")

rekognition.detect_moderation_labels(
    Image={"S3Object": {"Bucket": "amzn-s3-demo-bucket", "Name": "uploads/profile-123.jpg"}},
    MinConfidence=60,  # drop labels Rekognition is less sure about
    HumanLoopConfig={
        "HumanLoopName": "profile-123-review",
        "FlowDefinitionArn": "arn:aws:sagemaker:us-east-1:111122223333:flow-definition/image-review",
        "DataAttributes": {"ContentClassifiers": ["FreeOfPersonallyIdentifiableInformation"]},
    },
)
