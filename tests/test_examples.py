"""Every code example lives in examples/, is shown on a page and passes the check for its kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import DOCS, ROOT
from .examples_checks import (
    check_example,
    example_files,
    inline_code_problems,
    unshown_examples,
)

EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = example_files(EXAMPLES)
PAGES = sorted(DOCS.rglob("*.md"))
HERE = Path(__file__).parent


def test_there_are_examples():
    assert EXAMPLE_FILES


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_example_passes_its_check(name):
    assert check_example(EXAMPLES / name) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_page_has_no_code_written_inline(page):
    assert inline_code_problems(page.read_text(encoding="utf-8")) == []


def test_every_example_is_shown_on_a_page():
    assert unshown_examples(EXAMPLES, PAGES) == []


# --- planted faults ------------------------------------------------------------------------------

BOTO3_GOOD = """\
import boto3

sagemaker = boto3.client("sagemaker")
sagemaker.create_endpoint_config(
    EndpointConfigName="churn-serverless",
    ProductionVariants=[
        {
            "VariantName": "AllTraffic",
            "ModelName": "churn-model",
            "ServerlessConfig": {"MemorySizeInMB": 2048, "MaxConcurrency": 5},
        }
    ],
)
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_boto3_call_passes(tmp_path):
    assert check_example(write(tmp_path, "ok.py", BOTO3_GOOD)) == []


def test_planted_wrong_boto3_parameter_name_fails(tmp_path):
    bad = BOTO3_GOOD.replace("MaxConcurrency", "MaximumConcurrency")
    problems = check_example(write(tmp_path, "bad.py", bad))
    assert len(problems) == 1 and "ParamValidationError" in problems[0]
    assert "MaximumConcurrency" in problems[0]


def test_planted_wrong_boto3_type_and_operation_fail(tmp_path):
    wrong_type = BOTO3_GOOD.replace('"MemorySizeInMB": 2048', '"MemorySizeInMB": "2048"')
    assert "ParamValidationError" in check_example(write(tmp_path, "t.py", wrong_type))[0]
    wrong_op = BOTO3_GOOD.replace("create_endpoint_config", "create_endpoint_configuration")
    assert "AttributeError" in check_example(write(tmp_path, "o.py", wrong_op))[0]


def test_boto3_example_sends_nothing_and_uses_no_credentials(tmp_path, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # any real request would fail
    assert check_example(write(tmp_path, "ok.py", BOTO3_GOOD)) == []


def test_planted_python_syntax_error_fails(tmp_path):
    problems = check_example(write(tmp_path, "x.py", "def broken(:\n    pass\n"))
    assert problems and problems[0].startswith("does not compile")


def test_planted_cloudformation_typo_fails_cfn_lint(tmp_path):
    template = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Artifacts:
    Type: AWS::S3::Bucket
    Properties:
      BucketNme: amzn-s3-demo-bucket
"""
    problems = check_example(write(tmp_path, "t.yaml", template))
    assert problems and "BucketNme" in problems[0]
    fixed = template.replace("BucketNme", "BucketName")
    assert check_example(write(tmp_path, "t.yaml", fixed)) == []


def test_planted_iam_policy_faults_fail(tmp_path):
    policy = """{"Version": "2012-10-17", "Statement": [
      {"Sid": "Read", "Efect": "Allow", "Action": "s3:GetObject"}]}"""
    problems = check_example(write(tmp_path, "p.json", policy))
    assert "IAM policy: Statement[Read]: unknown key(s) ['Efect']" in problems
    assert 'IAM policy: Statement[Read]: "Effect" must be "Allow" or "Deny"' in problems
    assert any('needs "Resource"' in p for p in problems)


def test_planted_bad_json_yaml_shell_dockerfile_fail(tmp_path):
    assert check_example(write(tmp_path, "a.json", '{"a": 1,}'))[0].startswith("not valid JSON")
    assert check_example(write(tmp_path, "b.yaml", "a: [1, 2"))[0].startswith("not valid YAML")
    assert check_example(write(tmp_path, "c.sh", "if true; then\n"))[0].startswith("bash -n")
    docker = "FROM python:3.12-slim\nRUNN pip install flask\n"
    assert (
        "'RUNN' is not a Dockerfile instruction"
        in check_example(write(tmp_path, "d.Dockerfile", docker))[0]
    )


def test_planted_buildspec_without_phases_fails(tmp_path):
    problems = check_example(write(tmp_path, "buildspec.yml", "version: 0.2\nphase: {}\n"))
    assert "buildspec: needs phases" in problems
    assert "buildspec: unknown top-level key(s) ['phase']" in problems


def test_ecs_appspec_is_not_mistaken_for_a_template(tmp_path):
    appspec = """\
version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/model:3"
        LoadBalancerInfo:
          ContainerName: model
          ContainerPort: 8080
"""
    assert check_example(write(tmp_path, "appspec.yml", appspec)) == []
    assert check_example(write(tmp_path, "appspec.yml", "Resources: []\n")) == [
        "appspec: needs version"
    ]


def test_unknown_kind_of_example_fails(tmp_path):
    assert check_example(write(tmp_path, "notes.txt", "hello"))[0].startswith("no check for .txt")


def test_planted_inline_code_block_is_caught():
    page = '# P\n\n```python\nprint("inline")\n```\n\n```text\na diagram\n```\n'
    assert inline_code_problems(page) == [
        "line 3: a python code block is written into the page; "
        "put it in a file under examples/ and include it with --8<--"
    ]
    included = '# P\n\n=== "Tab"\n\n    ```python title="x.py"\n    --8<-- "a/x.py"\n    ```\n'
    assert inline_code_problems(included) == []


def test_planted_orphan_example_is_caught(tmp_path):
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES, examples)
    (examples / "orphan.py").write_text("print('nobody shows me')\n", encoding="utf-8")
    assert unshown_examples(examples, PAGES) == [*unshown_examples(EXAMPLES, PAGES), "orphan.py"]
