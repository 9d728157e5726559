# Start an Inference Recommender job: "Default" benchmarks candidate instance types; "Advanced" runs a custom load test.
import boto3

sagemaker = boto3.client("sagemaker")

sagemaker.create_inference_recommendations_job(
    JobName="churn-xgb-instance-reco",
    JobType="Default",
    RoleArn="arn:aws:iam::111122223333:role/SageMakerInferenceRecommenderRole",
    InputConfig={
        # A versioned model package from the SageMaker Model Registry.
        "ModelPackageVersionArn": "arn:aws:sagemaker:us-east-1:111122223333:model-package/churn-xgb/3",
        "JobDurationInSeconds": 7200,
    },
    Tags=[{"Key": "project", "Value": "churn"}],
)
