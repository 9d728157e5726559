# Create a multi-Region CloudTrail trail for an ML account, add S3 data events for the training bucket, and start it.
import boto3

cloudtrail = boto3.client("cloudtrail", region_name="us-east-1")

cloudtrail.create_trail(
    Name="ml-platform-trail",
    S3BucketName="amzn-s3-demo-bucket",  # bucket policy must allow CloudTrail to write
    S3KeyPrefix="cloudtrail",
    IsMultiRegionTrail=True,  # default is False (home Region only)
    IncludeGlobalServiceEvents=True,  # IAM and other global services
    EnableLogFileValidation=True,  # digest files prove logs were not changed
    KmsKeyId="arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    CloudWatchLogsLogGroupArn="arn:aws:logs:us-east-1:111122223333:log-group:ml-platform-trail:*",
    CloudWatchLogsRoleArn="arn:aws:iam::111122223333:role/CloudTrailToCloudWatchLogs",
)

# Management events are logged by default; data events (here: S3 object reads and writes
# on the training-data bucket) must be selected explicitly.
cloudtrail.put_event_selectors(
    TrailName="ml-platform-trail",
    EventSelectors=[
        {
            "ReadWriteType": "All",
            "IncludeManagementEvents": True,
            "DataResources": [
                {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::amzn-s3-demo-bucket-training/"]}
            ],
        }
    ],
)

cloudtrail.start_logging(Name="ml-platform-trail")
