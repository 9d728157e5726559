# Example only (SageMaker Python SDK v2 style). Newer SDK versions take a
# model_trainer instead of an estimator: check the names for your version.
from sagemaker.tuner import HyperparameterTuner, ContinuousParameter, IntegerParameter

ranges = {
    "eta": ContinuousParameter(0.001, 0.5, scaling_type="Logarithmic"),
    "max_depth": IntegerParameter(3, 10),
}

tuner = HyperparameterTuner(
    estimator=xgb_estimator,                # a configured built-in XGBoost estimator
    objective_metric_name="validation:auc",
    objective_type="Maximize",
    hyperparameter_ranges=ranges,
    strategy="Bayesian",
    max_jobs=40,
    max_parallel_jobs=4,
    early_stopping_type="Auto",
)
tuner.fit({"train": train_input, "validation": validation_input})
print(tuner.best_training_job())
