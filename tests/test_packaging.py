"""What gets published: the sdist and the wheel, built from this checkout and listed.

Built once per session with the project's own build backend (``python -m build
--no-isolation``: hatchling from the dev group), into a temporary folder.
"""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from repo_files import ROOT

pytest.importorskip("build")
pytest.importorskip("hatchling")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield out


def sdist_files(dist: Path) -> set[str]:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {member.name.split("/", 1)[1] for member in archive.getmembers() if member.isfile()}
    return names


def wheel(dist: Path) -> zipfile.ZipFile:
    (built,) = dist.glob("*.whl")
    return zipfile.ZipFile(built)


def test_the_sdist_holds_the_package_and_nothing_else(dist: Path) -> None:
    names = sdist_files(dist)
    top = {name.split("/", 1)[0] for name in names}
    assert top == {
        "whm_api_client",
        "whm_api_client_pytest.py",
        "whm.openapi.yaml",
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "PKG-INFO",
        ".gitignore",  # hatchling always adds it
    }
    assert "benchmarks/README.md" not in names  # an unanchored "README.md" took it
    assert "whm_api_client/_generated/api/__init__.py" in names
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_wheel_holds_the_package_and_the_plugin(dist: Path) -> None:
    with wheel(dist) as built:
        names = built.namelist()
    top = {name.split("/", 1)[0] for name in names}
    assert top == {"whm_api_client", "whm_api_client_pytest.py", "whm_api_client-0.1.0.dist-info"}
    assert "whm_api_client/_generated/simulator.json" in names
    assert "whm_api_client/py.typed" in names
    assert not [name for name in names if "__pycache__" in name]


def test_the_published_metadata(dist: Path) -> None:
    with wheel(dist) as built:
        metadata = email.message_from_bytes(built.read("whm_api_client-0.1.0.dist-info/METADATA"))
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)
    urls = project["project"]["urls"]
    assert sorted(metadata.get_all("Project-URL") or []) == sorted(
        f"{name}, {url}" for name, url in urls.items()
    )
    # The development tools are a dependency group, not an extra anyone can install.
    extras = sorted(metadata.get_all("Provides-Extra") or [])
    assert extras == sorted(project["project"]["optional-dependencies"])
    assert "dev" not in extras and {"fast", "testing"} <= set(extras)
    assert "dev" in project["dependency-groups"]
    assert "pytest" not in " ".join(metadata.get_all("Requires-Dist") or [])
    # The README is the long description, and its links work off GitHub too (absolute).
    description = metadata.get_payload()
    assert isinstance(description, str) and description.startswith("# whm-api-client")
    assert "](docs/" not in description and "](./" not in description
