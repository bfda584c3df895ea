"""docs/guide/simulator.md's seed file and command line, run: the simulator served from a
shell with the seed file, and the CLI against it. The page's other examples (and the
README's) run in tests/test_docs.py, through tests/doc_examples.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from doc_examples import blocks

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "guide" / "simulator.md"


def test_the_guides_seed_file_and_command_line(tmp_path: Path) -> None:
    (seed,) = re.findall(r"```toml\n(.*?)```", PAGE.read_text(), re.DOTALL)
    (block,) = blocks(PAGE, lang="bash", section="In a few lines")
    (command,) = block.text.splitlines()
    assert command.startswith("whm-api simulate ")
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
