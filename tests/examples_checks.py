"""Checks for the code examples in examples/, one function per kind of file.

Each check returns a list of problems (empty when the file is fine) so a test can show them all.
Every example must be included by a page, and pages may not hold code written inline.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import yaml

SNIPPET_LINE = re.compile(r'^\s*--8<--\s+"([^"]+)"\s*$')
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>```+|~~~+)\s*(?P<info>[^\n`]*)$")
# Diagrams and directory trees may stay in a page; anything else is a code example.
INLINE_ALLOWED = {"text"}


# --- pages ---------------------------------------------------------------------------------------


def fenced_blocks(markdown: str) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, language, body lines) of every fenced code block, at any indentation."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        fence, indent = opening["fence"], opening["indent"]
        language = (opening["info"].split() or [""])[0]
        body, j = [], i + 1
        while j < len(lines) and not re.match(rf"^{re.escape(indent)}{fence}\s*$", lines[j]):
            body.append(lines[j])
            j += 1
        yield i + 1, language, body
        i = j + 1


def included_files(markdown: str) -> list[str]:
    """Example paths (relative to examples/) that a page includes with --8<--."""
    return [m[1] for line in markdown.splitlines() if (m := SNIPPET_LINE.match(line))]


def example_files(examples_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(examples_dir).as_posix()
        for p in examples_dir.rglob("*")
        if p.is_file() and p.name != "README.md"
    )


def unshown_examples(examples_dir: Path, pages: list[Path]) -> list[str]:
    """Example files that no page includes."""
    shown = {name for page in pages for name in included_files(page.read_text(encoding="utf-8"))}
    return [name for name in example_files(examples_dir) if name not in shown]


def inline_code_problems(markdown: str) -> list[str]:
    problems = []
    for line_no, language, body in fenced_blocks(markdown):
        content = [line for line in body if line.strip()]
        if language in INLINE_ALLOWED:
            continue
        if content and all(SNIPPET_LINE.match(line) for line in content):
            continue
        problems.append(
            f"line {line_no}: a {language or 'plain'} code block is written into the page; "
            "put it in a file under examples/ and include it with --8<--"
        )
    return problems


# --- one check per kind of file ------------------------------------------------------------------


def check_python(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    try:
        compile(source, str(path), "exec")
    except SyntaxError as exc:
        return [f"does not compile: {exc.msg} (line {exc.lineno})"]
    if re.search(r"^\s*(import boto3|from boto3)", source, re.M):
        return run_with_validated_boto3(path)
    return []


class Placeholder(dict):
    """Stands in for every AWS response: any key gives another placeholder."""

    def __missing__(self, key):
        return Placeholder()


@contextmanager
def validated_boto3() -> Iterator[list[str]]:
    """boto3 clients whose requests botocore validates against its service model, never sent.

    Validation (unknown operation, unknown or missing parameter, wrong type) happens in botocore
    before the 'before-call' event; the handler then answers with a placeholder instead of
    sending the request, as botocore's Stubber does. The list collects the operations called.
    """
    import botocore.session
    import botocore.waiter
    from botocore.awsrequest import AWSResponse

    calls: list[str] = []

    def answer(model, **_):
        calls.append(model.name)
        return AWSResponse("https://example.invalid", 200, {}, None), Placeholder()

    real_create_client = botocore.session.Session.create_client

    def create_client(self, *args, **kwargs):
        client = real_create_client(self, *args, **kwargs)
        client.meta.events.register_first("before-call.*.*", answer)
        return client

    def wait_once(waiter, **kwargs):  # a waiter would poll a placeholder forever
        waiter._operation_method(**kwargs)

    env = {
        "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEEXAMPLE00",
        "AWS_SECRET_ACCESS_KEY": "example-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }
    with (
        mock.patch.dict(os.environ, env),
        mock.patch.object(botocore.session.Session, "create_client", create_client),
        mock.patch.object(botocore.waiter.Waiter, "wait", wait_once),
    ):
        yield calls


def run_with_validated_boto3(path: Path) -> list[str]:
    with validated_boto3() as calls:
        try:
            runpy.run_path(str(path), run_name="__main__")
        except Exception as exc:  # any failure is the example's problem, reported by name
            return [f"{type(exc).__name__}: {exc}"]
    if not calls:
        return ["imports boto3 but makes no AWS call"]
    return []


IAM_STATEMENT_KEYS = {
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
}


def iam_policy_problems(policy: dict) -> list[str]:
    problems = []
    if policy.get("Version") != "2012-10-17":
        problems.append('IAM policy: "Version" must be "2012-10-17"')
    statements = policy.get("Statement")
    statements = [statements] if isinstance(statements, dict) else statements
    if not statements:
        return [*problems, 'IAM policy: no "Statement"']
    for n, statement in enumerate(statements):
        where = f"IAM policy: Statement[{statement.get('Sid', n)}]"
        unknown = set(statement) - IAM_STATEMENT_KEYS
        if unknown:
            problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
        if statement.get("Effect") not in ("Allow", "Deny"):
            problems.append(f'{where}: "Effect" must be "Allow" or "Deny"')
        if not {"Action", "NotAction"} & set(statement):
            problems.append(f'{where}: needs "Action" or "NotAction"')
        if not {"Resource", "NotResource", "Principal", "NotPrincipal"} & set(statement):
            problems.append(f'{where}: needs "Resource"/"NotResource" or a "Principal"')
    return problems


def is_cloudformation(document: object) -> bool:
    """A template has a Resources mapping (an ECS or Lambda AppSpec has a Resources list)."""
    return isinstance(document, dict) and isinstance(document.get("Resources"), dict)


def cfn_lint(path: Path) -> list[str]:
    """Every cfn-lint match (error, warning or informational) is a problem."""
    from cfnlint.api import lint_file

    return [f"cfn-lint: {match}" for match in lint_file(path)]


def check_json(path: Path) -> list[str]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"not valid JSON: {exc}"]
    if is_cloudformation(document):
        return cfn_lint(path)
    if isinstance(document, dict) and "Statement" in document:
        return iam_policy_problems(document)
    return []


class _CfnTagLoader(yaml.SafeLoader):
    """Reads CloudFormation YAML (short-form tags such as !Ref) just to see what it is."""


_CfnTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)

BUILDSPEC_KEYS = {"version", "run-as", "env", "proxy", "batch", "phases", "reports", "artifacts"}
BUILDSPEC_KEYS |= {"cache"}
BUILDSPEC_PHASES = {"install", "pre_build", "build", "post_build"}
APPSPEC_KEYS = {"version", "os", "files", "permissions", "hooks", "Resources", "Hooks"}


def buildspec_problems(spec: dict) -> list[str]:
    problems = []
    if str(spec.get("version")) not in ("0.1", "0.2"):
        problems.append("buildspec: version must be 0.2 (or 0.1)")
    if unknown := set(spec) - BUILDSPEC_KEYS:
        problems.append(f"buildspec: unknown top-level key(s) {sorted(unknown)}")
    phases = spec.get("phases")
    if not isinstance(phases, dict) or not phases:
        problems.append("buildspec: needs phases")
    elif unknown := set(phases) - BUILDSPEC_PHASES:
        problems.append(f"buildspec: unknown phase(s) {sorted(unknown)}")
    return problems


def appspec_problems(spec: dict) -> list[str]:
    problems = []
    if "version" not in spec:
        problems.append("appspec: needs version")
    if unknown := set(spec) - APPSPEC_KEYS:
        problems.append(f"appspec: unknown top-level key(s) {sorted(unknown)}")
    return problems


def check_yaml(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    try:
        document = yaml.load(text, Loader=_CfnTagLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as exc:
        return [f"not valid YAML: {exc}"]
    if not isinstance(document, dict):
        return ["expected a YAML mapping"]
    if path.stem.startswith("buildspec"):
        return buildspec_problems(document)
    if path.stem.startswith("appspec"):
        return appspec_problems(document)
    if is_cloudformation(document):
        return cfn_lint(path)
    return []


def check_shell(path: Path) -> list[str]:
    proc = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    return [f"bash -n: {proc.stderr.strip()}"] if proc.returncode else []


DOCKERFILE_INSTRUCTIONS = {
    "FROM",
    "RUN",
    "CMD",
    "LABEL",
    "EXPOSE",
    "ENV",
    "ADD",
    "COPY",
    "ENTRYPOINT",
    "VOLUME",
    "USER",
    "WORKDIR",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
}


def check_dockerfile(path: Path) -> list[str]:
    instructions, continued = [], False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if continued:
            continued = stripped.endswith("\\")
            continue
        if not stripped or stripped.startswith("#"):
            continue
        word = stripped.split()[0]
        if word.upper() not in DOCKERFILE_INSTRUCTIONS:
            return [f"line {n}: {word!r} is not a Dockerfile instruction"]
        instructions.append(word.upper())
        continued = stripped.endswith("\\")
    first = [i for i in instructions if i != "ARG"][:1]
    return [] if first == ["FROM"] else ["the first instruction (after ARG) must be FROM"]


def _balanced(text: str) -> str | None:
    """The first unbalanced bracket or quote, ignoring brackets inside quotes."""
    pairs, stack, quote = {")": "(", "]": "[", "}": "{"}, [], None
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            stack.append(char)
        elif char in pairs and (not stack or stack.pop() != pairs[char]):
            return char
    return quote or (stack[-1] if stack else None)


def check_dqdl(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").strip()
    if not re.match(r"^(Rules|Analyzers)\s*=\s*\[", text) or not text.endswith("]"):
        return ["a DQDL ruleset reads Rules = [ rule, rule, ... ]"]
    if bad := _balanced(text):
        return [f"unbalanced {bad!r}"]
    return []


def check_sql(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").strip()
    if not re.match(r"^(--.*\n\s*)*(SELECT|WITH|CREATE|INSERT|UNLOAD|ALTER|MSCK)\b", text, re.I):
        return ["expected an SQL statement (SELECT, WITH, CREATE, INSERT, UNLOAD, ALTER, MSCK)"]
    if bad := _balanced(re.sub(r"--[^\n]*", "", text)):
        return [f"unbalanced {bad!r}"]
    return []


CHECKS = {
    ".py": check_python,
    ".json": check_json,
    ".yaml": check_yaml,
    ".yml": check_yaml,
    ".sh": check_shell,
    ".Dockerfile": check_dockerfile,
    ".dqdl": check_dqdl,
    ".sql": check_sql,
}


def check_example(path: Path) -> list[str]:
    check = CHECKS.get(path.suffix)
    if check is None:
        return [f"no check for {path.suffix or 'files without a suffix'} (known: {sorted(CHECKS)})"]
    return check(path)
