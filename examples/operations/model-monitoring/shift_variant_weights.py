# Shows an A/B test moving from 90/10 to 50/50 between two production variants without redeploying the endpoint.
import boto3

sm = boto3.client("sagemaker", region_name="us-east-1")

sm.update_endpoint_weights_and_capacities(
    EndpointName="recommender-endpoint",
    DesiredWeightsAndCapacities=[
        {"VariantName": "ModelA-current", "DesiredWeight": 1.0},
        {"VariantName": "ModelB-candidate", "DesiredWeight": 1.0, "DesiredInstanceCount": 2},
    ],
)

# Send one test request to the candidate only, whatever the weights say.
runtime = boto3.client("sagemaker-runtime", region_name="us-east-1")
runtime.invoke_endpoint(
    EndpointName="recommender-endpoint",
    TargetVariant="ModelB-candidate",
    ContentType="text/csv",
    Body=b"42,3,0.75,1",
    InferenceId="req-2026-11-27-000123",
)
