"""docs/guide/fleet.md and the README's fleet and fast-transport sections run, as written.

Each example runs in a fresh process, in a folder whose ``fleet.toml`` is the guide's own
inventory with every host pointed at a simulated WHM server on a loopback port (same
names, tags, timeouts and credential sources: the variables are set, the token file
written). The shell lines run with ``whm-api`` as ``python -m whm_api_client``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from doc_examples import blocks

from whm_api_client.fleet import load_inventory
from whm_api_client.testing import Endpoint, ThreadedSimulatorServer, WhmSimulator

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "guide" / "fleet.md"
GUIDE = PAGE.read_text()
# The README's "Many servers at once" section and its "The fast transport" subsection.
README_SECTIONS = ("Many servers at once", "The fast transport")
EXAMPLES = blocks(PAGE) + [
    block for block in blocks(ROOT / "README.md") if block.section in README_SECTIONS
]
PYTHON = [block.text for block in EXAMPLES if block.lang == "python"]
(INVENTORY,) = re.findall(r"```toml\n(.*?)```", GUIDE, re.DOTALL)
SHELL = [
    line
    for block in EXAMPLES
    if block.lang == "bash"
    for line in block.text.splitlines()
    if line.startswith("whm-api ")
]
ACCOUNTS = {"web1": "alice", "web2": "bob", "db1": "carol"}


def toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


@pytest.fixture(scope="module")
def fleet_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A folder with the guide's inventory pointed at simulators; the environment to use."""
    folder = tmp_path_factory.mktemp("fleet")
    data = tomllib.loads(INVENTORY)
    with ThreadedSimulatorServer() as server:
        endpoints: dict[str, Endpoint] = {}
        for host in data["hosts"]:
            user = ACCOUNTS[host["name"]]
            sim = WhmSimulator({"accounts": [{"username": user, "domain": f"{user}.example"}]})
            endpoints[host["name"]] = server.listen(sim)
        token = next(iter(endpoints.values())).simulator.root_token
        env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
        lines = ["[defaults]"]
        for key, value in data["defaults"].items():
            lines.append(f"{key} = {toml_value(value)}")
            if key == "token_env":
                env[value] = token
        lines.append('scheme = "http"')
        for host in data["hosts"]:
            endpoint = endpoints[host["name"]]
            lines.append("\n[[hosts]]")
            for key, value in {**host, "host": endpoint.host, "port": endpoint.port}.items():
                lines.append(f"{key} = {toml_value(value)}")
                if key == "token_file":
                    (folder / value).parent.mkdir(parents=True, exist_ok=True)
                    (folder / value).write_text(token + "\n")
        (folder / "fleet.toml").write_text("\n".join(lines) + "\n")
        # The README's single-client example reads the WHM_* variables: point them at web1.
        env["WHM_TARGET"] = endpoints["web1"].url + "/json-api"
        env["WHM_API_TOKEN"] = token
        env["PYTHONPATH"] = str(ROOT)
        yield folder, env


def run_in(folder: Path, env: dict[str, str], argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=folder, env=env, capture_output=True, text=True, timeout=180, check=False
    )


def test_the_guide_s_inventory_is_valid_as_written(tmp_path: Path) -> None:
    (tmp_path / "fleet.toml").write_text(INVENTORY)
    hosts = load_inventory(tmp_path / "fleet.toml")
    assert [host.name for host in hosts] == ["web1", "web2", "db1"]
    assert hosts[2].credential.where == str(tmp_path / "secrets" / "db1.token")


def test_every_example_is_found() -> None:
    assert len(PYTHON) >= 6 and len(SHELL) >= 4


@pytest.mark.parametrize("block", PYTHON, ids=[f"python{i}" for i in range(len(PYTHON))])
def test_python_example_runs(block: str, fleet_dir: tuple[Path, dict[str, str]]) -> None:
    folder, env = fleet_dir
    (folder / "example.py").write_text(block)
    done = run_in(folder, env, [sys.executable, "example.py"])
    assert done.returncode == 0, done.stderr
    out = done.stdout
    if "suspendacct" in block:
        assert "found bob on web2" in out and "web2 ok" in out
    elif "find_account" in block:
        assert "[('web2', 'bob.example')]" in out
    elif "ProcessPoolExecutor" in block:
        assert sorted(out.splitlines()) == ["db1 ok", "web1 ok", "web2 ok"]
    elif "fleet.stream" in block:
        assert sorted(out.splitlines()) == ["db1 ['carol']", "web1 ['alice']", "web2 ['bob']"]
    elif "fleet.map" in block:
        assert [line.split()[0] for line in out.splitlines()] == ["web1", "web2", "db1"]
    assert out.strip()


@pytest.mark.parametrize("line", SHELL, ids=[f"shell{i}" for i in range(len(SHELL))])
def test_shell_example_runs(line: str, fleet_dir: tuple[Path, dict[str, str]]) -> None:
    folder, env = fleet_dir
    argv = [sys.executable, "-m", "whm_api_client", *shlex.split(line, comments=True)[1:]]
    done = run_in(folder, env, argv)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() and " 0 failed, 0 unreachable" in done.stderr
