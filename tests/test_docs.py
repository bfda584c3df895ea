"""The user docs work: every example runs, every link resolves.

The examples of README.md, docs/guide/ and examples/ are run as tests/doc_examples.py
says, against the package's WHM simulator served on loopback; a block another test runs
is named there (CLAIMED), and that test must exist. Links: relative links in docs/ must
reach a file (and a heading, when they name one); the README, which is also the PyPI
description, has only absolute links, and those into this repository reach a file.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from doc_examples import (
    NOT_RUN,
    PASSWORD,
    SEED,
    TOKEN,
    Block,
    blocks,
    clean_env,
    run_fragments,
    run_script,
    run_shell,
    shell_commands,
    user_docs,
)
from repo_files import ROOT

from whm_api_client.testing import Endpoint, WhmSimulator


def run_pytest(block: Block, directory: Path) -> None:
    """A block that is a test file, run by pytest in a fresh process (anyio's plugin and
    the package's fixtures, as a user's project would have them)."""
    folder = directory / f"pytest-{block.line}"
    folder.mkdir()
    (folder / "test_example.py").write_text(block.text)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "anyio", "-p", "no:cacheprovider"],
        cwd=folder,
        env=clean_env({}),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{block.where}:\n{done.stdout}\n{done.stderr}"
    passed = re.search(r"(\d+) passed", done.stdout)
    assert passed and int(passed.group(1)) >= block.text.count("def test_"), done.stdout


PAGES = user_docs()


def page_id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture
def served() -> Iterator[Endpoint]:
    sim = WhmSimulator(SEED, root_token=TOKEN, root_password=PASSWORD)
    with sim.serve() as endpoint:
        yield endpoint


def settings(endpoint: Endpoint) -> dict[str, str]:
    return {"WHM_TARGET": f"{endpoint.url}/json-api", "WHM_API_TOKEN": TOKEN}


# ---------------------------------------------------------------------- every example runs


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # docs examples: no concurrency here
@pytest.mark.parametrize("path", PAGES, ids=page_id)
async def test_every_example_of_the_page_runs(
    path: Path,
    served: Endpoint,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    to_run = [block for block in blocks(path) if block.claimed_by() is None]
    if not to_run:
        pytest.skip(f"{page_id(path)} has no examples of its own to run")
    env = settings(served)
    # Examples that set WHM_* in-process (os.environ[...] = ...) change nothing after.
    monkeypatch.setattr(os, "environ", os.environ.copy())
    for name in [name for name in os.environ if name.startswith("WHM_")]:
        del os.environ[name]
    namespace: dict[str, Any] = {"target": served.target, "auth": served.simulator.auth()}
    async with served.client() as whm:
        namespace["whm"] = whm
        for block in to_run:
            if block.kind == "fragment":
                await run_fragments([block], namespace)
                namespace["whm"] = whm  # a block may open (and close) a client of that name
            elif block.kind == "script":
                assert run_script(block, env, tmp_path).strip(), f"{block.where} printed nothing"
            elif block.kind == "pytest":
                run_pytest(block, tmp_path)
            else:
                run_shell(block, env)


def test_the_docs_have_the_examples_this_relies_on() -> None:
    kinds = {block.kind for path in PAGES for block in blocks(path)}
    assert kinds == {"fragment", "script", "pytest", "shell"}
    readme = blocks(ROOT / "README.md")
    assert len([b for b in readme if b.lang == "python"]) >= 6
    assert any("batch_call" in b.text for b in readme) and any("uapi(" in b.text for b in readme)
    assert len(blocks(ROOT / "README.md", lang="bash")) >= 3


def test_claimed_examples_are_run_by_the_test_named() -> None:
    from doc_examples import CLAIMED

    for (page, section, lang), test in CLAIMED.items():
        claimed = [
            block for block in blocks(ROOT / page, lang=lang) if section in ("*", block.section)
        ]
        assert claimed, f"{page} has no {lang} block under {section!r} any more"
        file, _, name = test.partition("::")
        source = (ROOT / file).read_text()
        functions = {
            node.name
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        assert name in functions, f"{test} doesn't exist"
        assert "doc_examples" in source and page.rsplit("/", 1)[-1] in source, (
            f"{file} doesn't read {page} through doc_examples"
        )


def test_every_command_left_out_is_still_in_the_docs() -> None:
    commands = {
        command
        for path in PAGES
        for block in blocks(path, lang="bash")
        for command in shell_commands(block)
    }
    assert set(NOT_RUN) <= commands, set(NOT_RUN) - commands


def test_every_example_script_is_run_by_test_examples() -> None:
    runner = (ROOT / "tests" / "test_examples.py").read_text()
    for script in sorted((ROOT / "examples").glob("*.py")):
        assert script.name in runner, f"tests/test_examples.py doesn't run {script.name}"


# ---------------------------------------------------------------------- links

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def repository() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["urls"]["Repository"])


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[`*_~]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", heading.lower())
    text = heading.lower() if "_" in heading and "`" not in heading else text
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    headings = re.findall(r"^#{1,6} +(.*?)\s*$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return {slug(heading) for heading in headings}


def check_link(source: Path, link: str) -> str | None:
    """Why ``link`` in ``source`` doesn't resolve, or None."""
    path_part, _, anchor = link.partition("#")
    target = (source.parent / path_part).resolve() if path_part else source
    if not target.exists():
        return f"{page_id(source)}: {link} (no such file)"
    if anchor and target.suffix == ".md" and anchor not in anchors(target):
        return f"{page_id(source)}: {link} (no such heading)"
    return None


DOCS_PAGES = sorted((ROOT / "docs").rglob("*.md"))


def test_relative_links_in_docs_resolve() -> None:
    broken = [
        problem
        for page in DOCS_PAGES
        for link in LINK.findall(page.read_text(encoding="utf-8"))
        if not re.match(r"[a-z]+:", link)
        for problem in [check_link(page, link)]
        if problem
    ]
    assert broken == []


def test_the_readme_links_only_absolutely_and_into_files_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = LINK.findall(readme)
    assert [link for link in links if not re.match(r"https?://", link)] == []
    prefix = repository()
    own = [link for link in links if link.startswith(prefix)]
    assert len(own) >= 8  # the guide, the reference, ...
    for link in own:
        rest = link.removeprefix(prefix)
        if rest.startswith("#"):  # a heading of the README itself, as the repository shows it
            assert rest[1:] in anchors(ROOT / "README.md"), link
            continue
        match = re.match(r"/(?:blob|tree)/main/(.*)", rest)
        assert match, f"{link}: not a file of the repository's main branch"
        problem = check_link(ROOT / "README.md", match.group(1))
        assert problem is None, problem
    # Any link to GitHub is to this repository (one URL, the pyproject's), or to another
    # project altogether.
    assert "docs/guide/" in " ".join(own) and "docs/reference/README.md" in " ".join(own)


def test_files_named_in_code_and_docs_exist() -> None:
    """A docs/ page named anywhere (code, scripts, docs, config) exists, e.g. the read-only
    rule's page that scripts/sync_spec.py names."""
    suffixes = {".py", ".md", ".toml", ".yaml", ".yml", ".jinja", ".sh"}
    paths = [path for path in ROOT.iterdir() if path.is_file() and path.suffix in suffixes]
    for folder in ("docs", "scripts", "tests", "whm_api_client", "benchmarks", "examples"):
        paths += [path for path in (ROOT / folder).rglob("*") if path.suffix in suffixes]
    paths += list((ROOT / ".github").rglob("*.yml"))
    named = set()
    for path in paths:
        if "_generated" in path.parts or path.name == "whm.openapi.yaml":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        named |= {(path, name) for name in re.findall(r"\bdocs/[\w./-]+\.md\b", text)}
    missing = sorted(
        f"{page_id(path)}: {name}" for path, name in named if not (ROOT / name).exists()
    )
    assert missing == []
