import sagemaker
from sagemaker import image_uris
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput

session = sagemaker.Session()
region = session.boto_region_name
image = image_uris.retrieve("xgboost", region, version="1.7-1")

xgb = Estimator(
    image_uri=image,
    role=sagemaker.get_execution_role(),
    instance_count=1,
    instance_type="ml.m5.2xlarge",
    output_path="s3://amzn-s3-demo-bucket/churn/output",
)
xgb.set_hyperparameters(objective="binary:logistic", num_round=200,
                        max_depth=5, eta=0.2, scale_pos_weight=9)

train = TrainingInput("s3://amzn-s3-demo-bucket/churn/train/", content_type="text/csv")
validation = TrainingInput("s3://amzn-s3-demo-bucket/churn/validation/", content_type="text/csv")
xgb.fit({"train": train, "validation": validation})
