# A monthly cost budget for one team's ML spend (by cost allocation tag) that emails and notifies SNS at 80% forecast.
import boto3

budgets = boto3.client("budgets")

budgets.create_budget(
    AccountId="111122223333",
    Budget={
        "BudgetName": "ml-team-fraud-monthly",
        "BudgetType": "COST",
        "TimeUnit": "MONTHLY",
        "BudgetLimit": {"Amount": "5000", "Unit": "USD"},
        # Only costs of resources tagged team=fraud-ml (an activated cost allocation tag).
        "FilterExpression": {"Tags": {"Key": "team", "Values": ["fraud-ml"]}},
        "Metrics": ["UnblendedCost"],
    },
    NotificationsWithSubscribers=[
        {
            "Notification": {
                "NotificationType": "FORECASTED",  # ACTUAL alerts only after the money is spent
                "ComparisonOperator": "GREATER_THAN",
                "Threshold": 80.0,
                "ThresholdType": "PERCENTAGE",
            },
            "Subscribers": [
                {"SubscriptionType": "EMAIL", "Address": "ml-leads@example.com"},
                {
                    "SubscriptionType": "SNS",
                    "Address": "arn:aws:sns:us-east-1:111122223333:ml-budget-alerts",
                },
            ],
        }
    ],
)
