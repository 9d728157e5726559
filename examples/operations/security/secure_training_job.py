# A training job locked down: private subnets, network isolation, encrypted inter-node traffic, KMS keys.
import boto3

sagemaker = boto3.client("sagemaker", region_name="us-east-1")
key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

sagemaker.create_training_job(
    TrainingJobName="fraud-xgb-2026-11-27",
    RoleArn="arn:aws:iam::111122223333:role/FraudTrainingExecutionRole",
    AlgorithmSpecification={
        "TrainingImage": "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-train:1.0",
        "TrainingInputMode": "File",
    },
    InputDataConfig=[{
        "ChannelName": "train",
        "DataSource": {"S3DataSource": {
            "S3DataType": "S3Prefix",
            "S3Uri": "s3://amzn-s3-demo-bucket/data/fraud/train/",
        }},
    }],
    OutputDataConfig={"S3OutputPath": "s3://amzn-s3-demo-bucket/models/fraud/", "KmsKeyId": key},
    ResourceConfig={
        "InstanceType": "ml.m5.xlarge",
        "InstanceCount": 2,
        "VolumeSizeInGB": 50,
        "VolumeKmsKeyId": key,
    },
    VpcConfig={
        "SecurityGroupIds": ["sg-0123456789abcdef0"],
        "Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
    },
    EnableNetworkIsolation=True,
    EnableInterContainerTrafficEncryption=True,
    StoppingCondition={"MaxRuntimeInSeconds": 3600},
)
