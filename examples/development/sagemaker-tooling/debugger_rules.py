from sagemaker.debugger import Rule, rule_configs

rules = [
    Rule.sagemaker(rule_configs.loss_not_decreasing()),
    Rule.sagemaker(rule_configs.overfit()),
    Rule.sagemaker(rule_configs.overtraining()),
]
# estimator = Estimator(..., rules=rules)
