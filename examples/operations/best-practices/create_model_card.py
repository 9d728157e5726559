# Document a credit model for reviewers and auditors with a SageMaker Model Card (starts as a draft).
import json

import boto3

sagemaker = boto3.client("sagemaker")

content = {
    "business_details": {"business_problem": "Decide which loan applications need manual review"},
    "intended_uses": {
        "intended_uses": "Ranking consumer loan applications; not for automatic rejection",
        "risk_rating": "High",
    },
    "additional_information": {
        "ethical_considerations": "Bias checked across age groups before each release",
        "caveats_and_recommendations": "Retrain when the applicant population changes",
    },
}

sagemaker.create_model_card(
    ModelCardName="credit-risk-v7",
    ModelCardStatus="Draft",  # then PendingReview, Approved, Archived
    Content=json.dumps(content),
    SecurityConfig={"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
    Tags=[{"Key": "project", "Value": "credit-risk"}],
)
