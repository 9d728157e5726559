from sagemaker.pytorch import PyTorch

estimator = PyTorch(
    entry_point="train.py",
    source_dir="src",                  # train.py, helpers, requirements.txt
    role=role,                         # IAM execution role ARN
    framework_version="2.1",           # pick a version the SDK supports
    py_version="py310",
    instance_type="ml.g5.xlarge",
    instance_count=1,
    hyperparameters={"epochs": 20, "batch-size": 128, "learning-rate": 0.001},
    output_path="s3://amzn-s3-demo-bucket/models/",
)
estimator.fit({"train": "s3://amzn-s3-demo-bucket/data/train/"})
