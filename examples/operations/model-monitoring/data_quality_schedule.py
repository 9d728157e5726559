# Shows a data quality baseline from the training data, then an hourly Model Monitor schedule (SageMaker Python SDK v2).
from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

monitor = DefaultModelMonitor(
    role="arn:aws:iam::111122223333:role/ModelMonitorRole",
    instance_count=1,
    instance_type="ml.m5.xlarge",
    volume_size_in_gb=20,
    max_runtime_in_seconds=1800,
)

# Baselining job: writes statistics.json and constraints.json to S3.
monitor.suggest_baseline(
    baseline_dataset="s3://amzn-s3-demo-bucket/churn/train/train_with_header.csv",
    dataset_format=DatasetFormat.csv(header=True),
    output_s3_uri="s3://amzn-s3-demo-bucket/churn/baseline",
    wait=True,
)

# Every hour: compare the captured requests with the baseline, write violations, publish CloudWatch metrics.
monitor.create_monitoring_schedule(
    monitor_schedule_name="churn-data-quality-hourly",
    endpoint_input="churn-endpoint",
    output_s3_uri="s3://amzn-s3-demo-bucket/churn/monitoring-reports",
    statistics=monitor.baseline_statistics(),
    constraints=monitor.suggested_constraints(),
    schedule_cron_expression=CronExpressionGenerator.hourly(),
    enable_cloudwatch_metrics=True,
)
