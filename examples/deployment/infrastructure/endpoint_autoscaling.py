# Registers an endpoint variant with Application Auto Scaling and adds a target tracking policy on invocations per instance.
import boto3

autoscaling = boto3.client("application-autoscaling", region_name="us-east-1")

resource_id = "endpoint/churn-endpoint/variant/AllTraffic"

# 1. The variant's instance count becomes a scalable target with a floor and a ceiling.
autoscaling.register_scalable_target(
    ServiceNamespace="sagemaker",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    MinCapacity=2,
    MaxCapacity=10,
)

# 2. Target tracking keeps the average invocations per instance (per minute) near 700.
autoscaling.put_scaling_policy(
    PolicyName="churn-invocations-per-instance",
    ServiceNamespace="sagemaker",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    PolicyType="TargetTrackingScaling",
    TargetTrackingScalingPolicyConfiguration={
        "TargetValue": 700.0,
        "PredefinedMetricSpecification": {
            "PredefinedMetricType": "SageMakerVariantInvocationsPerInstance",
        },
        "ScaleOutCooldown": 60,
        "ScaleInCooldown": 300,
    },
)

# 3. A scheduled action raises the floor before a known daily peak (cron in UTC).
autoscaling.put_scheduled_action(
    ServiceNamespace="sagemaker",
    ScheduledActionName="churn-morning-peak",
    ResourceId=resource_id,
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    Schedule="cron(0 8 ? * MON-FRI *)",
    ScalableTargetAction={"MinCapacity": 4, "MaxCapacity": 10},
)
