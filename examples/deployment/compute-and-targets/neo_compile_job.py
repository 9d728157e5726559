# Compile a trained PyTorch model with SageMaker Neo for an NVIDIA Jetson Xavier edge device.
import boto3

sagemaker = boto3.client("sagemaker", region_name="us-east-1")

sagemaker.create_compilation_job(
    CompilationJobName="defect-detector-jetson-v3",
    RoleArn="arn:aws:iam::111122223333:role/SageMakerNeoRole",
    InputConfig={
        # One gzip-compressed tar archive holding the trained model
        "S3Uri": "s3://amzn-s3-demo-bucket/models/defect-detector/model.tar.gz",
        "Framework": "PYTORCH",
        # Name and shape (NCHW) of the model's input
        "DataInputConfig": '{"input0": [1, 3, 224, 224]}',
    },
    OutputConfig={
        "S3OutputLocation": "s3://amzn-s3-demo-bucket/compiled/defect-detector/",
        # A named target; use TargetPlatform (Os, Arch, Accelerator) for unlisted devices,
        # or an instance family such as ml_c5 or ml_inf2 to compile for SageMaker AI hosting
        "TargetDevice": "jetson_xavier",
    },
    StoppingCondition={"MaxRuntimeInSeconds": 900},
)
