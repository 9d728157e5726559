import mlflow

mlflow.set_tracking_uri("arn:aws:sagemaker:eu-west-1:111122223333:mlflow-tracking-server/team-server")
mlflow.set_experiment("churn-xgboost")

with mlflow.start_run(run_name="depth-6-eta-0.1"):
    mlflow.log_params({"max_depth": 6, "eta": 0.1, "seed": 42, "train_data": "s3://bucket/churn/2026-11-01/"})
    # ... train ...
    mlflow.log_metric("validation_auc", 0.91)
    mlflow.log_artifact("confusion_matrix.png")
