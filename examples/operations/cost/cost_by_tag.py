# Last month's SageMaker AI cost, grouped by the values of the cost allocation tag "project".
import boto3

ce = boto3.client("ce", region_name="us-east-1")

response = ce.get_cost_and_usage(
    TimePeriod={"Start": "2026-10-01", "End": "2026-11-01"},  # end date is exclusive
    Granularity="MONTHLY",
    Metrics=["UnblendedCost"],
    # Exact SERVICE names come from get_dimension_values(Dimension="SERVICE", ...).
    Filter={"Dimensions": {"Key": "SERVICE", "Values": ["Amazon SageMaker"]}},
    GroupBy=[{"Type": "TAG", "Key": "project"}],
)

for result in response.get("ResultsByTime", []):
    for group in result.get("Groups", []):
        # Keys look like "project$churn"; "project$" collects untagged cost.
        print(group["Keys"][0], group["Metrics"]["UnblendedCost"]["Amount"])
