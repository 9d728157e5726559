# Two alarms on a SageMaker AI endpoint variant: server errors (static threshold) and ModelLatency (anomaly detection band).
import boto3

cloudwatch = boto3.client("cloudwatch", region_name="us-east-1")
dimensions = [
    {"Name": "EndpointName", "Value": "churn-endpoint"},
    {"Name": "VariantName", "Value": "AllTraffic"},
]
sns_topic = "arn:aws:sns:us-east-1:111122223333:ml-oncall"

# Static threshold: any 5XX error in 3 of the last 5 one-minute periods.
cloudwatch.put_metric_alarm(
    AlarmName="churn-endpoint-5xx",
    Namespace="AWS/SageMaker",
    MetricName="Invocation5XXErrors",
    Dimensions=dimensions,
    Statistic="Sum",
    Period=60,
    EvaluationPeriods=5,
    DatapointsToAlarm=3,
    Threshold=0,
    ComparisonOperator="GreaterThanThreshold",
    TreatMissingData="notBreaching",  # no traffic is not an error
    AlarmActions=[sns_topic],
)

# Anomaly detection: alarm when p99 ModelLatency rises above the band CloudWatch learned.
cloudwatch.put_metric_alarm(
    AlarmName="churn-endpoint-model-latency-anomaly",
    EvaluationPeriods=3,
    ComparisonOperator="GreaterThanUpperThreshold",
    ThresholdMetricId="band",
    Metrics=[
        {
            "Id": "m1",
            "ReturnData": True,
            "MetricStat": {
                "Metric": {"Namespace": "AWS/SageMaker", "MetricName": "ModelLatency", "Dimensions": dimensions},
                "Period": 300,
                "Stat": "p99",
            },
        },
        {"Id": "band", "Expression": "ANOMALY_DETECTION_BAND(m1, 2)", "ReturnData": True},
    ],
    AlarmActions=[sns_topic],  # anomaly detection alarms cannot have Auto Scaling actions
)
