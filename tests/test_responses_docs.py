"""docs/responses.md and the README's "The whole reply" section, run: every Python block,
in order, in one namespace with ``whm``, ``target`` and ``auth`` set, against the WHM-like
loopback server, on asyncio and trio."""

from __future__ import annotations

import ast
import inspect
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from whmlike import WhmLike, envelope, whm_like_server

from whm_api_client import ApiTokenAuth, Target, WhmClient

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def doc_blocks() -> list[str]:
    return PYTHON_BLOCK.findall((ROOT / "docs" / "responses.md").read_text())


def readme_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("### The whole reply, hooks, lenient reading", 1)[1]
    section = re.split(r"\n##+ ", section, maxsplit=1)[0]
    return PYTHON_BLOCK.findall(section)


@pytest.fixture
def server() -> Iterator[WhmLike]:
    with whm_like_server(accounts=5) as state:
        state.replies["createacct"] = envelope(
            "createacct",
            {"ip": "192.0.2.10", "package": "default"},
            output={"raw": "Validating user...\nAccount created.\n", "messages": "Done"},
        )
        state.replies["get_user_email_forward_destination"] = envelope(
            "get_user_email_forward_destination", {"forward_to": "bob@example.com"}
        )
        state.replies["accountsummary"] = envelope(
            "accountsummary", {"acct": [{"user": "bob", "uid": "1001", "suspended": "0"}]}
        )
        yield state


async def run_blocks(blocks: list[str], namespace: dict[str, Any]) -> None:
    for block in blocks:
        code = compile(block, "docs", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        outcome = eval(code, namespace)
        if inspect.iscoroutine(outcome):
            await outcome


async def test_docs_responses_examples_run(
    server: WhmLike, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    blocks = doc_blocks()
    assert len(blocks) >= 8
    auth = ApiTokenAuth("root", "DOCSTOKEN-0123456789")
    target = Target.parse(server.base_url)
    caplog.set_level(logging.WARNING, "whm_api_client")
    async with WhmClient(target, auth) as whm:
        await run_blocks(blocks, {"whm": whm, "target": target, "auth": auth})
    out = capsys.readouterr().out
    assert "user00001 site1.example 0" in out  # reading typed results
    assert "listaccts 200 application/json" in out  # with_raw_response
    assert "createacct: Account created." in out and "['Done']" in out
    assert "5 accounts in 3 chunks" in out
    assert "not as the spec says: get_user_email_forward_destination" in out
    assert "bob@example.com" in out
    assert "suspendacct 127.0.0.1 GET 0 Unknown app" in out  # the hooks example
    assert "lenient reading coerced 2 value(s)" in caplog.text


async def test_readme_whole_reply_example_runs(
    server: WhmLike, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = readme_blocks()
    assert blocks
    async with WhmClient(Target.parse(server.base_url), ApiTokenAuth("root", "TOKEN-1234")) as whm:
        await run_blocks(blocks, {"whm": whm})
    assert '"user": "user00001"' in capsys.readouterr().out
