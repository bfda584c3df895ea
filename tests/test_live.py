"""Live contract test: every read-only function, called on a real WHM host.

Runs only when ``WHM_HOST`` and credentials (``WHM_API_TOKEN`` or ``WHM_PASSWORD``; ``WHM_USER``
defaults to root, ``WHM_PORT`` to 2087, ``WHM_CA_BUNDLE`` for a self-signed certificate) are
set; otherwise it is skipped.  Only functions marked read-only (``x-whm-read-only`` in the spec,
``READ_ONLY`` in their module; the rule is ``is_read_only`` in scripts/sync_spec.py) are
called, with their required arguments only, so the host is never changed.  Arguments are
made up (a user called "word"), so a WHM API error (result 0) counts as an answer; anything
else (HTTP errors, replies that don't parse into the typed result) is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import pytest
from contract_calls import Operation, Outcome, exercise, spec_operations

from whm_api_client import WhmClient
from whm_api_client.errors import WhmApiError, WhmConfigError

pytestmark = [pytest.mark.live, pytest.mark.anyio]

CONCURRENCY = 4  # a real server: be gentle


def _live_problem() -> str | None:
    """Why the live test can't run here, or None if it can."""
    if not os.environ.get("WHM_HOST"):
        return "live mode: set WHM_HOST (and WHM_API_TOKEN or WHM_PASSWORD) to test a real host"
    if not (os.environ.get("WHM_API_TOKEN") or os.environ.get("WHM_PASSWORD")):
        return "live mode: WHM_HOST is set but neither WHM_API_TOKEN nor WHM_PASSWORD is"
    return None


class ReadOnlyClient(WhmClient):
    """A second line of defence: refuses, before any HTTP, a call not flagged read-only."""

    async def _send(
        self,
        function: str,
        method: str,
        arguments: Mapping[str, Any],
        read_only: bool,
        **options: Any,
    ) -> dict[str, Any]:
        if not read_only:
            raise AssertionError(f"live test tried to call {function}, which may change state")
        return await super()._send(function, method, arguments, read_only, **options)


def only_read_only(operation: Operation) -> None:
    """Checked before every live call: the spec and the generated module both say read-only."""
    assert operation.read_only is True, f"{operation.function} is not read-only in the spec"
    assert operation.module().READ_ONLY is True, f"{operation.function}: READ_ONLY is False"


def live_operations() -> list[Operation]:
    return [operation for operation in spec_operations() if operation.read_only]


def test_live_selection_is_read_only_and_nonempty() -> None:
    # Runs without a host too: the selection itself must never include a mutating function.
    selected = live_operations()
    assert selected
    for operation in selected:
        only_read_only(operation)
    mutating = next(op for op in spec_operations() if op.function == "removeacct")
    with pytest.raises(AssertionError, match="removeacct"):
        only_read_only(mutating)


async def test_read_only_client_refuses_a_mutating_call() -> None:
    # A loopback URL that nothing needs to answer: the guard fires before any HTTP.
    async with ReadOnlyClient("mock:http://127.0.0.1:9") as whm:
        with pytest.raises(AssertionError, match="removeacct"):
            await whm.removeacct(username="nobody")


async def test_every_read_only_function_on_a_live_host(
    anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = _live_problem()
    if problem:
        pytest.skip(problem)
    monkeypatch.delenv("WHM_TARGET", raising=False)  # the host named by WHM_HOST, not a mock
    try:
        client = ReadOnlyClient.from_env()
    except WhmConfigError as exc:
        pytest.fail(f"live mode is misconfigured: {exc}", pytrace=False)
    operations = live_operations()
    outcome = Outcome(f"live {anyio_backend}")
    async with client as whm:
        await exercise(
            whm,
            operations,
            outcome,
            optional_pass=False,
            concurrency=CONCURRENCY,
            before_call=only_read_only,
            tolerate=(WhmApiError,),
        )
    print(outcome.summary())
    assert not outcome.failures, outcome.report()
    assert outcome.operations == len(operations)
    assert len(outcome.covered) + len(outcome.tolerated) == len(operations)
