"""Create an EventBridge rule that starts a SageMaker pipeline every night at 02:00 UTC."""
import boto3

events = boto3.client("events", region_name="us-east-1")

events.put_rule(
    Name="nightly-fraud-retraining",
    ScheduleExpression="cron(0 2 * * ? *)",
    State="ENABLED",
    Description="Nightly retraining of the fraud model",
)

events.put_targets(
    Rule="nightly-fraud-retraining",
    Targets=[
        {
            "Id": "fraud-model-build",
            "Arn": "arn:aws:sagemaker:us-east-1:111122223333:pipeline/fraud-model-build",
            # EventBridge assumes this role to call sagemaker:StartPipelineExecution.
            "RoleArn": "arn:aws:iam::111122223333:role/eventbridge-start-pipeline",
            "SageMakerPipelineParameters": {
                "PipelineParameterList": [
                    {"Name": "InputDataUri", "Value": "s3://amzn-s3-demo-bucket/fraud/latest/"}
                ]
            },
            "RetryPolicy": {"MaximumRetryAttempts": 3, "MaximumEventAgeInSeconds": 3600},
        }
    ],
)
