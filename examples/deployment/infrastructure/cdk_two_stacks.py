# AWS CDK (Python) app with two stacks: the artifacts stack passes its bucket to the model stack as a property.
import aws_cdk as cdk
from aws_cdk import aws_s3 as s3, aws_sagemaker as sagemaker
from constructs import Construct


class ArtifactsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.bucket = s3.Bucket(self, "ModelArtifacts", encryption=s3.BucketEncryption.KMS_MANAGED)  # L2 construct


class ModelStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, *, bucket: s3.IBucket, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        model = sagemaker.CfnModel(  # L1 construct: maps one-to-one to AWS::SageMaker::Model
            self, "ChurnModel",
            execution_role_arn="arn:aws:iam::111122223333:role/SageMakerExecutionRole",
            primary_container=sagemaker.CfnModel.ContainerDefinitionProperty(
                image="111122223333.dkr.ecr.us-east-1.amazonaws.com/churn:1.0",
                model_data_url=bucket.s3_url_for_object("churn/model.tar.gz"),
            ),
        )
        cdk.CfnOutput(self, "ModelName", value=model.attr_model_name)


app = cdk.App()
env = cdk.Environment(account="111122223333", region="us-east-1")
artifacts = ArtifactsStack(app, "ArtifactsStack", env=env)
ModelStack(app, "ModelStack", bucket=artifacts.bucket, env=env)  # CDK adds the Export and Fn::ImportValue
app.synth()
