"""The examples of the user docs, found and run: one parser and one set of runners.

The user docs are README.md, the pages of docs/guide/ and the docstrings of examples/*.py.
A *block* is a fenced code block of a page (```python, ```bash) or an indented ``::``
block of an example's docstring (shell commands). tests/test_docs.py runs every block
with the runners below, except those another test runs with a setup and assertions of
its own (``CLAIMED``); such a test gets its blocks from :func:`blocks` as well.

How a block runs:

- Python with ``def test_``: a test file, run by pytest in a fresh process.
- Python that starts its own event loop (``anyio.run``, ``asyncio.run``, ``trio.run``):
  a script, in a fresh process, with the ``WHM_*`` variables set to a WHM simulator
  served on loopback.
- Other Python: in-process, the page's blocks in order in one namespace, top-level
  ``await`` allowed, with ``whm`` (an open client of that simulator), ``target`` and
  ``auth`` (its target and root's token, ``MYTOKEN``) set, as the pages say.
- Shell: the block's lines as one bash script (``set -e``), with ``whm-api`` and
  ``python`` being this interpreter's, in the repo's root, with the same ``WHM_*``
  settings. A ``whm-api simulate ... &`` line starts that simulator instead, and the
  settings it prints are exported for the lines after it, as the docs tell a reader to
  do (its ``--port`` becomes 0, any free one). Commands that can't run here are in
  ``NOT_RUN`` with the reason and where they are covered instead; any other command runs.

Placeholders that stand for the reader's own server (``STANDS_FOR``) are replaced by the
simulator's values; the README says so beside the example.
"""

from __future__ import annotations

import ast
import inspect
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from repo_files import ROOT

README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "guide"
EXAMPLES = ROOT / "examples"
TOKEN = "MYTOKEN"  # root's token in the docs' examples
PASSWORD = "rootpass"  # root's password in the docs' examples
# The state the examples assume: bob (with a forwarder), carol, and a suspended dave.
SEED: dict[str, Any] = {
    "accounts": [
        {
            "username": "bob",
            "domain": "bob.example",
            "plan": "gold",
            "forwarders": {"bob": ["bob@elsewhere.example"]},
        },
        {"username": "carol", "domain": "carol.example"},
        {"username": "dave", "domain": "dave.example", "suspended": True},
    ]
}
SCRIPT_START = re.compile(r"^\s*(anyio|asyncio|trio)\.run\(", re.MULTILINE)

# Blocks another test runs, with its own server and assertions: (page, section, language)
# -> the test. "*" stands for every section of the page.
CLAIMED: dict[tuple[str, str, str], str] = {
    ("docs/guide/responses.md", "*", "python"): (
        "tests/test_responses_docs.py::test_docs_responses_examples_run"
    ),
    ("docs/guide/errors.md", "Handling them", "python"): (
        "tests/test_error_hierarchy.py::test_the_errors_guide_example_runs"
    ),
    ("docs/guide/simulator.md", "In a few lines", "bash"): (
        "tests/test_simulator_docs.py::test_the_guides_seed_file_and_command_line"
    ),
    # Checked against what each block says it prints, and a doctor transcript.
    ("docs/guide/server.md", "*", "python"): (
        "tests/test_server_docs.py::test_each_block_runs_and_prints_what_it_says"
    ),
    ("README.md", "Knowing your server", "python"): (
        "tests/test_server_docs.py::test_each_block_runs_and_prints_what_it_says"
    ),
    ("docs/guide/server.md", "*", "bash"): "tests/test_server_docs.py::test_the_shell_lines_run",
    # Run in a folder with the guide's inventory, each host a simulator of its own.
    ("docs/guide/fleet.md", "*", "python"): "tests/test_fleet_docs.py::test_python_example_runs",
    ("docs/guide/fleet.md", "*", "bash"): "tests/test_fleet_docs.py::test_shell_example_runs",
    ("README.md", "Many servers at once", "python"): (
        "tests/test_fleet_docs.py::test_python_example_runs"
    ),
    ("README.md", "Many servers at once", "bash"): (
        "tests/test_fleet_docs.py::test_shell_example_runs"
    ),
    ("README.md", "The fast transport", "python"): (
        "tests/test_fleet_docs.py::test_python_example_runs"
    ),
}

# Shell commands that aren't run here: the command (comments left out) -> why, and
# what covers it instead.
NOT_RUN: dict[str, str] = {
    "bash scripts/dev.sh test": "the whole test suite: .ci/run runs it",
    "pip install whm-api-client": "installs from PyPI; tests/test_packaging.py builds the "
    "wheel and installs it",
    "pip install 'whm-api-client[fast]'": "installs from PyPI (as above)",
    "pip install 'whm-api-client[testing]'": "installs from PyPI (as above)",
    "pip install 'whm-api-client[aiohttp]'": "installs from PyPI (as above)",
    "pip install fastapi uvicorn": "installs from PyPI; the dev dependency group has fastapi",
    "export WHM_HOST=whm.example.com WHM_API_TOKEN=...": "a placeholder server: the "
    "runner sets WHM_TARGET and WHM_API_TOKEN to its simulator instead",
    "uvicorn examples.fastapi_app:app": "a server that runs until stopped: "
    "tests/test_examples.py runs the app in-process",
    "WHM_HOST=whm.example.com WHM_API_TOKEN=... uvicorn examples.fastapi_app:app": (
        "a placeholder server, and a server that runs until stopped: tests/test_examples.py "
        "runs the app in-process"
    ),
    "whm-api trust whm.example.com": "a placeholder host with a self-signed certificate: "
    "tests/test_server_docs.py::test_the_shell_lines_run runs whm-api trust against one",
    "curl http://127.0.0.1:8000/forwards/bob": "asks the uvicorn server above: "
    "tests/test_examples.py makes the same request in-process",
    "WHM_HOST=whm.example.com WHM_API_TOKEN=... python examples/asyncio_example.py bob": (
        "a placeholder server: the line before runs the same script on the simulator"
    ),
}


@dataclass(frozen=True)
class Block:
    """One example: where it is, its language ("python" or "bash") and its text."""

    path: Path
    line: int  # of its first line of code
    lang: str
    text: str
    section: str  # the heading it is under ("" before the first)

    @property
    def page(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def kind(self) -> str:
        """How it runs: "pytest", "script", "fragment" or "shell"."""
        if self.lang != "python":
            return "shell"
        if "def test_" in self.text:
            return "pytest"
        return "script" if SCRIPT_START.search(self.text) else "fragment"

    def claimed_by(self) -> str | None:
        for section in (self.section, "*"):
            test = CLAIMED.get((self.page, section, self.lang))
            if test is not None:
                return test
        return None


_FENCE = re.compile(r"^```(\w*)\s*$")
_HEADING = re.compile(r"^#{1,6} +(.*?)\s*$")
LANGS = {"python": "python", "bash": "bash", "sh": "bash", "shell": "bash", "console": "bash"}


def blocks(path: Path, *, lang: str | None = None, section: str | None = None) -> list[Block]:
    """The runnable blocks of a Markdown page (python and shell), or of an example's
    docstring (its ``::`` blocks, as shell), optionally only one language or section."""
    found = _docstring_blocks(path) if path.suffix == ".py" else _markdown_blocks(path)
    return [
        block
        for block in found
        if (lang is None or block.lang == lang) and (section is None or block.section == section)
    ]


def _markdown_blocks(path: Path) -> list[Block]:
    found: list[Block] = []
    heading = ""
    fence: str | None = None
    start = 0
    body: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence, start, body = match.group(1), number + 1, []
            elif _HEADING.match(line):
                heading = _HEADING.match(line).group(1)  # type: ignore[union-attr]
            continue
        if line.startswith("```"):
            if fence in LANGS:
                found.append(Block(path, start, LANGS[fence], "\n".join(body) + "\n", heading))
            fence = None
            continue
        body.append(line)
    return found


def _docstring_blocks(path: Path) -> list[Block]:
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    found = []
    lines = docstring.splitlines()
    for number, line in enumerate(lines):
        if not line.rstrip().endswith("::"):
            continue
        body = []
        for following in lines[number + 1 :]:
            if following.strip() and not following.startswith(" "):
                break
            body.append(following)
        text = textwrap.dedent("\n".join(body)).strip() + "\n"
        found.append(Block(path, number + 2, "bash", text, "docstring"))
    return found


def user_docs() -> list[Path]:
    """The pages and examples whose blocks must all run."""
    return [README, *sorted(GUIDE.glob("*.md")), *sorted(EXAMPLES.glob("*.py"))]


# ---------------------------------------------------------------------- placeholders


def stands_for(text: str, target_url: str) -> str:
    """The example with the reader's server replaced by the simulator at ``target_url``."""
    return text.replace('Target.host("whm.example.com")', f"Target.parse({target_url!r})")


# ---------------------------------------------------------------------- runners


async def run_fragments(blocks: list[Block], namespace: dict[str, Any]) -> None:
    """Python blocks in order, in one namespace; top-level ``await`` allowed."""
    for block in blocks:
        code = compile(
            "\n" * (block.line - 1) + block.text,
            block.where,
            "exec",
            flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
        )
        outcome = eval(code, namespace)
        if inspect.iscoroutine(outcome):
            await outcome


def clean_env(settings: dict[str, str]) -> dict[str, str]:
    """This process's environment without the developer's WHM_* settings, plus ``settings``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    return {**base, **settings}


def run_script(block: Block, settings: dict[str, str], directory: Path) -> str:
    """A Python block as a script in a fresh process; returns its output."""
    script = directory / "example.py"
    script.write_text(stands_for(block.text, settings["WHM_TARGET"]))
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=clean_env(settings),
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{block.where} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _command(line: str) -> str:
    """A shell line without its comment (a ``#`` after a space, outside quotes)."""
    quote = ""
    for position, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (position == 0 or line[position - 1].isspace()):
            return line[:position].strip()
    return line.strip()


def shell_commands(block: Block) -> list[str]:
    return [command for command in map(_command, block.text.splitlines()) if command]


_SIMULATE = re.compile(r"^whm-api simulate\b(?P<options>.*)&$")


@contextmanager
def _shims() -> Iterator[Path]:
    """A folder with ``whm-api`` and ``python`` that run this interpreter, for PATH."""
    with tempfile.TemporaryDirectory(prefix="whm-docs-") as folder:
        bin_dir = Path(folder)
        for name, command in (
            ("whm-api", f'exec "{sys.executable}" -m whm_api_client "$@"'),
            ("python", f'exec "{sys.executable}" "$@"'),
        ):
            shim = bin_dir / name
            shim.write_text(f"#!/usr/bin/env bash\n{command}\n")
            shim.chmod(0o755)
        yield bin_dir


def start_simulator(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """``whm-api simulate ARGS`` in the background (its own process group); returns the
    process and the ``WHM_*`` settings it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "whm_api_client", "simulate", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    assert process.stdout is not None
    settings: dict[str, str] = {}
    first = process.stdout.readline()
    assert first.startswith("WHM simulator listening on "), first + process.stderr.read()
    while True:
        line = process.stdout.readline().strip()
        if "=" not in line:
            break
        name, _, value = line.partition("=")
        settings[name] = value
    return process, settings


def run_shell(block: Block, settings: dict[str, str]) -> str:
    """A shell block's commands, as one bash script; returns its output."""
    commands = []
    simulators: list[subprocess.Popen[str]] = []
    env = clean_env(settings)
    try:
        for command in shell_commands(block):
            if command in NOT_RUN:
                continue
            started = _SIMULATE.match(command)
            if started:
                argv = shlex.split(started["options"])
                if "--port" in argv:  # any free port
                    argv[argv.index("--port") + 1] = "0"
                process, printed = start_simulator(*argv, env=env)
                simulators.append(process)
                env = {**clean_env({}), **printed}
                continue
            commands.append(command)
        with _shims() as bin_dir:
            env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
            done = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", "\n".join(commands)],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=300,
                check=False,
            )
        assert done.returncode == 0, (
            f"{block.where} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
        return done.stdout
    finally:
        for process in simulators:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(30)
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
