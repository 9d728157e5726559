"""Start a SageMaker Pipelines execution with parameter values (for example from a CodeBuild step)."""
import boto3

sagemaker = boto3.client("sagemaker", region_name="us-east-1")

response = sagemaker.start_pipeline_execution(
    PipelineName="fraud-model-build",
    PipelineExecutionDisplayName="retrain-2026-11-27",
    PipelineExecutionDescription="Retrain on the November data drop",
    PipelineParameters=[
        {"Name": "InputDataUri", "Value": "s3://amzn-s3-demo-bucket/fraud/2026-11/"},
        {"Name": "MinimumAuc", "Value": "0.90"},
    ],
)
print(response.get("PipelineExecutionArn"))
