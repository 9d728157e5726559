# SageMaker Python SDK (v2): deploy one BYOC model three ways (real-time in a VPC, serverless, asynchronous).
from sagemaker.async_inference import AsyncInferenceConfig
from sagemaker.model import Model
from sagemaker.serializers import CSVSerializer
from sagemaker.serverless import ServerlessInferenceConfig

model = Model(
    image_uri="111122223333.dkr.ecr.us-east-1.amazonaws.com/churn:1.0",  # your own container in ECR
    model_data="s3://amzn-s3-demo-bucket/churn/model.tar.gz",
    role="arn:aws:iam::111122223333:role/SageMakerExecutionRole",
    vpc_config={"Subnets": ["subnet-0abc1234", "subnet-0def5678"], "SecurityGroupIds": ["sg-0123abcd"]},
    enable_network_isolation=True,
)

# Real-time endpoint on provisioned instances; returns a Predictor.
predictor = model.deploy(
    initial_instance_count=2,
    instance_type="ml.m5.large",
    endpoint_name="churn-realtime",
    serializer=CSVSerializer(),
)
print(predictor.predict("42,0,1,99.5"))
predictor.delete_endpoint()  # stop paying for the instances

# Serverless endpoint: on-demand capacity, no instance type; optional provisioned concurrency.
serverless = model.deploy(
    serverless_inference_config=ServerlessInferenceConfig(memory_size_in_mb=2048, max_concurrency=10),
    endpoint_name="churn-serverless",
)

# Asynchronous endpoint: requests and results go through Amazon S3.
asynchronous = model.deploy(
    initial_instance_count=1,
    instance_type="ml.m5.large",
    async_inference_config=AsyncInferenceConfig(output_path="s3://amzn-s3-demo-bucket/churn/async-out/"),
    endpoint_name="churn-async",
)
