# Run a CloudWatch Logs Insights query over a SageMaker AI endpoint's container logs: errors per 5 minutes and instance.
import time

import boto3

logs = boto3.client("logs", region_name="us-east-1")

QUERY = """
fields @timestamp, @logStream, @message
| filter @message like /(?i)(error|exception|timeout|out of memory)/
| stats count(*) as errors by bin(5m), @logStream
| sort errors desc
| limit 20
"""

now = int(time.time())
response = logs.start_query(
    logGroupName="/aws/sagemaker/Endpoints/churn-endpoint",  # one log stream per instance and container
    startTime=now - 3 * 3600,  # epoch seconds
    endTime=now,
    queryString=QUERY,
)
# Poll logs.get_query_results(queryId=response["queryId"]) until its status is Complete.
print(response.get("queryId"))
