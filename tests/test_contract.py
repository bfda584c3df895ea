"""Contract test: every function in the spec works end to end against the local Prism mock.

Each function is called through its typed ``WhmClient`` method with arguments made from the
spec (required ones, then all of them).  Prism validates each request against the spec (a 422
surfaces as WhmHttpError) and the reply must parse into the method's return type.  The static
mock answers with placeholders and the spec's examples; the dynamic one with varied,
schema-valid data (seeded, so reproducible), which exercises the models much harder.  Both mocks
serve a derived spec in which every call succeeds (``success_only``, see scripts/mock_server.py).
"""

from __future__ import annotations

import pytest
from contract_calls import Outcome, exercise, prism_http_client, spec_operations

from whm_api_client import Target, WhmClient
from whm_api_client._generated.api import FUNCTIONS

pytestmark = [pytest.mark.mock_server, pytest.mark.anyio]

EXPECTED_OPERATIONS = 625  # functions in the vendored spec; a change here is a spec change
CONCURRENCY = 16  # Prism is single-threaded; more buys little on 2 cores


def test_spec_operations_match_the_generated_index() -> None:
    operations = spec_operations()
    assert len(operations) == EXPECTED_OPERATIONS
    assert {operation.function for operation in operations} == set(FUNCTIONS)
    assert all(
        (FUNCTIONS[op.function].method, FUNCTIONS[op.function].read_only)
        == (op.method, op.read_only)
        for op in operations
    ), "HTTP method or read-only flag differs between spec and generated index"


@pytest.mark.parametrize("mode", ["static", "dynamic"])
async def test_every_function_against_the_mock(
    mode: str, anyio_backend: str, request: pytest.FixtureRequest
) -> None:
    base_url = request.getfixturevalue("prism_mock" if mode == "static" else "prism_mock_dynamic")
    operations = spec_operations()
    outcome = Outcome(f"contract {anyio_backend}/{mode}")
    http, violations = prism_http_client()
    async with http, WhmClient(Target.local_mock(base_url), http_client=http) as whm:
        await exercise(whm, operations, outcome, optional_pass=True, concurrency=CONCURRENCY)
    print(outcome.summary())  # shown by `pytest -rA` (or -s)
    assert not outcome.failures, outcome.report(violations)
    assert outcome.operations == len(outcome.covered) == len(operations) == EXPECTED_OPERATIONS


async def test_batch_against_the_mock(prism_mock: str, anyio_backend: str) -> None:
    """The mock checks a batch request against the spec: ``command`` repeated, once per
    command (a namespaced one with its slash); typed batch() takes the list."""
    http, violations = prism_http_client()
    async with http, WhmClient(Target.local_mock(prism_mock), http_client=http) as whm:
        commands = ["version", ("EcosystemFeatures/is_ready", {"plugin": "x"}), "gethostname"]
        results = await whm.batch_call(commands, typed=False)
        reply = await whm.batch(command=["version", "gethostname"], abort_on_error=1)
    assert not violations, violations
    assert [result.function for result in results] == [
        "version",
        "EcosystemFeatures/is_ready",
        "gethostname",
    ]
    assert isinstance(reply.result, list)
