# Deployment guardrails: move an endpoint to a new endpoint configuration with a canary and auto-rollback.
import boto3

sagemaker = boto3.client("sagemaker")

sagemaker.update_endpoint(
    EndpointName="fraud-scoring",
    EndpointConfigName="fraud-scoring-model-v8",  # new config that points to the new model version
    DeploymentConfig={
        "BlueGreenUpdatePolicy": {
            "TrafficRoutingConfiguration": {
                "Type": "CANARY",
                "CanarySize": {"Type": "CAPACITY_PERCENT", "Value": 10},
                "WaitIntervalInSeconds": 600,  # baking period before the rest of the traffic moves
            },
            "TerminationWaitInSeconds": 300,  # keep the old (blue) fleet a little longer
        },
        "AutoRollbackConfiguration": {
            "Alarms": [
                {"AlarmName": "fraud-scoring-5xx-errors"},
                {"AlarmName": "fraud-scoring-model-latency-p99"},
            ]
        },
    },
)
