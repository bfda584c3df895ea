"""Property tests: whatever arrives (or whatever a caller passes), only WhmError comes out.

Each test runs a fixed 300 examples (``PROFILE``); run pytest with
``--hypothesis-show-statistics`` to see the counts.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whm_api_client import ApiTokenAuth, Target, WhmClient, WhmConfigError, WhmError
from whm_api_client._generated.api.mail import get_unique_sender_recipient_count_per_user as op
from whm_api_client.wire import check_envelope, encode_arguments

PROFILE = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TOKEN = "PROPERTYTOKEN0123456789ABCDEF"
# Exceptions the generated parse_data may raise by contract; WhmClient._run turns them
# into WhmSchemaError.
PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, RecursionError)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)
results = (
    st.sampled_from([1, 0, "1", "0", True, False, 2, -1, None, "", "yes", [], {}]) | json_values
)
# Data shaped like the typed function's, with any value where a field goes.
payload_items = st.fixed_dictionaries(
    {},
    optional={"user": json_values, "unique_sender_recipient_count": json_values},
).flatmap(lambda d: st.just(d) | st.dictionaries(st.text(max_size=5), json_values, max_size=2))
shaped_data = (
    st.fixed_dictionaries(
        {}, optional={"payload": st.lists(payload_items, max_size=4) | json_values}
    )
    | json_values
)
metadata = st.fixed_dictionaries(
    {},
    optional={
        "result": results,
        "reason": json_values,
        "command": json_values,
        "version": json_values,
        "output": st.fixed_dictionaries({}, optional={"warnings": json_values}) | json_values,
        "warnings": json_values,
    },
)
envelopes = st.fixed_dictionaries(
    {}, optional={"metadata": metadata | json_values, "data": shaped_data}
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "text/html",
        "text/html; charset=iso-8859-1",
        "application/octet-stream",
        "",
    ]
) | st.text(max_size=30)
statuses = st.sampled_from([200, 201, 204, 302, 401, 403, 404, 500, 502, 503, 504]) | st.integers(
    100, 599
)


def dumped(value: Any) -> bytes:
    return json.dumps(value).encode()


bodies = (
    st.binary(max_size=300)
    | envelopes.map(dumped)
    | json_values.map(dumped)
    | envelopes.map(dumped).flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n]))
    | st.builds(lambda d: b"[" * d + b"]" * d, st.integers(900, 5000))
    | st.builds(lambda tail: b"<html>" + tail, st.binary(max_size=60))
)


@PROFILE
@given(status=statuses, content_type=content_types, body=bodies)
def test_check_envelope_raises_only_whm_errors(status: int, content_type: str, body: bytes) -> None:
    try:
        document = check_envelope("version", status, content_type, body, (TOKEN,))
    except WhmError as exc:
        assert str(exc).startswith("version: ")
    else:
        assert isinstance(document, dict)
        assert document["metadata"]["result"] in (1, "1", True)


@PROFILE
@given(data=shaped_data)
def test_generated_parse_data_raises_only_what_run_converts(data: Any) -> None:
    with contextlib.suppress(*PARSE_ERRORS):
        op.parse_data(data)


@PROFILE
@given(status=statuses, content_type=content_types, body=bodies)
@pytest.mark.anyio
async def test_run_raises_only_whm_errors(status: int, content_type: str, body: bytes) -> None:
    headers = {"content-type": content_type.encode()}  # raw bytes, as on the wire
    reply = httpx.Response(status, content=body, headers=headers)
    transport = httpx.MockTransport(lambda _: reply)
    whm = WhmClient(
        Target.host("whm.example.com"), ApiTokenAuth("root", TOKEN), transport=transport
    )
    async with whm:
        try:
            await whm._run(op, op.build_arguments(start_time=1, end_time=2))
        except WhmError as exc:
            assert exc.function == op.FUNCTION
            assert TOKEN not in str(exc)


# Lone surrogates included: valid Python text that can't be encoded as UTF-8.
# (st.text() drops surrogates even when its alphabet has them, so join characters.)
any_text = st.lists(st.characters() | st.characters(categories=["Cs"]), max_size=10).map("".join)
argument_names = any_text | st.sampled_from(["api.version", "password", "user", ""])
scalar_arguments = (
    st.none() | st.booleans() | st.integers() | st.floats() | any_text | st.text(max_size=10)
)
valid_arguments = scalar_arguments | st.lists(scalar_arguments, max_size=3) | st.tuples(any_text)
invalid_arguments = st.recursive(
    json_scalars | st.binary(max_size=5) | st.sets(st.integers(), max_size=2),
    lambda children: (
        st.lists(children, min_size=1, max_size=3) | st.dictionaries(any_text, children)
    ),
    max_leaves=6,
)
# Mostly values WHM can take, so most examples get as far as the wire.
argument_values = st.one_of(valid_arguments, valid_arguments, valid_arguments, invalid_arguments)
argument_dicts = st.dictionaries(argument_names, argument_values, max_size=6)


@PROFILE
@given(arguments=argument_dicts)
def test_encode_arguments_raises_only_config_errors(arguments: dict[str, Any]) -> None:
    try:
        pairs = encode_arguments(arguments)
    except WhmConfigError:
        return
    assert all(isinstance(name, str) and isinstance(value, str) for name, value in pairs)
    # What encode_arguments accepts, httpx can put on the wire.
    httpx.Request("GET", "https://h/json-api/x", params=pairs)
    str(httpx.QueryParams(pairs)).encode()


@PROFILE
@given(arguments=argument_dicts)
@pytest.mark.anyio
async def test_call_with_any_arguments_raises_only_whm_errors(arguments: dict[str, Any]) -> None:
    envelope = {"metadata": {"result": 1}, "data": {}}
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=envelope))
    whm = WhmClient(
        Target.host("whm.example.com"), ApiTokenAuth("root", TOKEN), transport=transport
    )
    async with whm:
        with contextlib.suppress(WhmConfigError):
            await whm.call("passwd", **arguments)
