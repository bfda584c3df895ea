"""The simulator's documentation runs: every Python block of docs/guide/simulator.md, and the
README's pytest example, each in a fresh process (the pytest ones through pytest itself)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "guide" / "simulator.md").read_text()
README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", GUIDE, re.DOTALL)
SCRIPTS = [block for block in BLOCKS if "def test_" not in block]
TESTS = [block for block in BLOCKS if "def test_" in block]
README_SECTION = README.split("## Testing your code with the simulator")[1].split("\n## ")[0]
(README_TEST,) = re.findall(r"```python\n(.*?)```", README_SECTION, re.DOTALL)


def run_script(block: str, tmp_path: Path) -> str:
    script = tmp_path / "example.py"
    script.write_text(block)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_guide_has_its_examples() -> None:
    assert len(SCRIPTS) >= 4 and len(TESTS) >= 1


@pytest.mark.parametrize("block", SCRIPTS, ids=[f"script{i}" for i in range(len(SCRIPTS))])
def test_guide_script_runs(block: str, tmp_path: Path) -> None:
    out = run_script(block, tmp_path)
    if "Quota exceeded." in block:  # the first example prints what its comments say
        assert out.splitlines() == ["['bob', 'carol']", "Quota exceeded."]
    assert out.strip()


@pytest.mark.parametrize("block", [*TESTS, README_TEST], ids=["guide", "readme"])
def test_pytest_examples_pass(block: str, pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_example=block)
    result = pytester.runpytest_subprocess("-p", "anyio")
    outcomes = result.parseoutcomes()  # anyio runs each async test on every backend it finds
    assert outcomes.get("passed", 0) >= block.count("def test_"), result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_the_guides_seed_file_and_command_line(tmp_path: Path) -> None:
    (seed,) = re.findall(r"```toml\n(.*?)```", GUIDE, re.DOTALL)
    (command,) = re.findall(r"```bash\n(whm-api simulate .*?)\n```", GUIDE, re.DOTALL)
    (tmp_path / "seed.toml").write_text(seed)
    argv = command.split()[1:]
    argv[argv.index("--port") + 1] = "0"  # any free port, not 2087
    process = subprocess.Popen(
        [sys.executable, "-m", "whm_api_client", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().strip() for _ in range(6)]
        settings = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
        assert lines[0].startswith("WHM simulator listening on https://"), process.stderr
        assert settings["WHM_API_TOKEN"] == "MYTOKEN" and settings["WHM_CA_BUNDLE"]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "whm_api_client",
                "listaccts",
                "--columns",
                "user,plan,suspended",
            ],
            env={**{k: v for k, v in os.environ.items() if not k.startswith("WHM_")}, **settings},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[2].split() == ["bob", "gold", "1"]
    finally:
        process.terminate()
        assert process.wait(30) == 0
