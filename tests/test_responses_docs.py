"""docs/guide/responses.md, run: every Python block, in order, in one namespace with ``whm``,
``target`` and ``auth`` set, against a simulator served on loopback whose handlers play the
drifts the page shows, on asyncio and trio (tests/doc_examples.py's parser and runner; the
README's blocks run in tests/test_docs.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from doc_examples import Block, blocks, run_fragments

from whm_api_client.testing import Call, Endpoint, WhmSimulator

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent


def doc_blocks() -> list[Block]:
    return blocks(ROOT / "docs" / "guide" / "responses.md", lang="python")


@pytest.fixture
def server() -> Iterator[Endpoint]:
    sim = WhmSimulator({"accounts": 5})

    @sim.define("get_user_email_forward_destination")
    def not_a_list(call: Call) -> Any:  # a string where the spec says array
        return {"forward_to": "bob@example.com"}

    @sim.define("accountsummary")
    def drifted(call: Call) -> Any:  # numbers as strings
        return {"acct": [{"user": call.text("user"), "uid": "1001", "suspended": "0"}]}

    with sim.serve() as endpoint:
        yield endpoint


async def test_docs_responses_examples_run(
    server: Endpoint, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    blocks = doc_blocks()
    assert len(blocks) >= 8
    caplog.set_level(logging.WARNING, "whm_api_client")
    auth = server.simulator.auth()
    async with server.client() as whm:
        await run_fragments(blocks, {"whm": whm, "target": server.target, "auth": auth})
    out = capsys.readouterr().out
    assert "user00001 user00001.example 0" in out  # reading typed results
    assert "listaccts 200 application/json" in out  # with_raw_response
    assert "createacct: Account creation for bob" in out
    assert "['Setting the hostname to whm2.example.com (simulated).', 'Done.']" in out
    assert "6 accounts in 3 chunks" in out  # five, and bob from the createacct example
    assert "not as the spec says: get_user_email_forward_destination" in out
    assert "bob@example.com" in out
    assert "suspendacct 127.0.0.1 GET 0 API failure" in out  # the hooks example
    assert "lenient reading coerced 2 value(s)" in caplog.text
