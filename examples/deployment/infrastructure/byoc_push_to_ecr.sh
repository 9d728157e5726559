#!/usr/bin/env bash
# Builds a bring-your-own-container inference image and pushes it to a private Amazon ECR repository.
set -euo pipefail

ACCOUNT=111122223333
REGION=us-east-1            # same Region as the SageMaker AI model and endpoint
REPO=churn-inference
TAG=1.0
REGISTRY="${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com"

# One-time: repository with scan on push and tags that cannot be overwritten.
aws ecr create-repository --repository-name "$REPO" --region "$REGION" \
  --image-scanning-configuration scanOnPush=true --image-tag-mutability IMMUTABLE

# Attach the lifecycle rules (ecr_lifecycle_policy.json) that expire old images.
aws ecr put-lifecycle-policy --repository-name "$REPO" --region "$REGION" \
  --lifecycle-policy-text file://ecr_lifecycle_policy.json

# Log Docker in to the registry, then build, tag and push.
aws ecr get-login-password --region "$REGION" \
  | docker login --username AWS --password-stdin "$REGISTRY"
docker build -t "$REPO:$TAG" .
docker tag "$REPO:$TAG" "$REGISTRY/$REPO:$TAG"
docker push "$REGISTRY/$REPO:$TAG"

# This URI goes into the model: PrimaryContainer.Image (API, CloudFormation) or image_uri (Python SDK).
echo "$REGISTRY/$REPO:$TAG"
