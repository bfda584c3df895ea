"""WhmAuthError's hints: the usual causes that fit what the client saw, on the simulator.
A lockout-looking refusal says so and advises waiting; nothing is ever retried."""

from __future__ import annotations

import pickle

import pytest

from whm_api_client import (
    ApiTokenAuth,
    BasicAuth,
    SessionAuth,
    WhmAuthError,
    WhmHttpError,
)
from whm_api_client.testing import SimulatorServer, WhmSimulator, faults

pytestmark = pytest.mark.anyio

PRIVILEGE = "You lack the required privilege to access this resource."


async def refusal(whm, function: str = "listaccts") -> WhmHttpError:  # type: ignore[no-untyped-def]
    with pytest.raises(WhmHttpError) as caught:
        await whm.call(function)
    return caught.value


async def test_a_wrong_token_names_the_causes_and_a_second_refusal_looks_like_a_lockout() -> None:
    sim = WhmSimulator()
    async with sim.client(auth=ApiTokenAuth("root", "WRONG-TOKEN")) as whm:
        first = await refusal(whm)
        second = await refusal(whm)
    assert isinstance(first, WhmAuthError) and first.status_code == 403
    assert len(first.hints) == 1 and first.hints[0].startswith("refused credentials")
    assert "revoked or expired token" in first.hints[0]
    assert "[what fits: (1) refused credentials" in str(first)
    assert second.hints[0].startswith("a lockout fits: 2 refusals in a row")
    assert "don't retry" in second.hints[0] and "Wait" in second.hints[0]
    assert len(sim.requests) == 2  # each call sent once
    assert "WRONG-TOKEN" not in str(first) + str(second)
    again = pickle.loads(pickle.dumps(second))
    assert again.hints == second.hints


async def test_credentials_that_worked_and_are_now_refused_after_a_lockout() -> None:
    sim = WhmSimulator()
    sim.inject(faults.Lockout(failures=2))
    async with sim.client() as good, sim.client(auth=BasicAuth("root", "bad-pass")) as bad:
        await good.call("version")
        await refusal(bad)
        await refusal(bad)
        locked = await refusal(good)  # the right token, but the address is locked out now
    assert isinstance(locked, WhmAuthError)
    assert locked.hints[0].startswith("a lockout fits: these credentials worked earlier")
    assert "cPHulk" in locked.hints[0]


async def test_a_429_after_refused_logins_is_a_lockout_with_its_wait() -> None:
    sim = WhmSimulator()
    sim.inject(faults.Lockout(failures=2, retry_after=300))
    async with sim.client(auth=BasicAuth("root", "bad-pass")) as whm:
        await refusal(whm)
        await refusal(whm)
        limited = await refusal(whm)
    assert limited.status_code == 429 and not isinstance(limited, WhmAuthError)
    assert limited.hints[0].startswith("a lockout fits: 429 Too Many Requests after 2 refused")
    assert "(the server asks for 300 s)" in limited.hints[0]


async def test_a_429_alone_only_asks_to_wait() -> None:
    sim = WhmSimulator()
    sim.inject(faults.HttpStatus(429, "Too Many Requests", headers={"Retry-After": "5"}), times=1)
    async with sim.client() as whm:
        limited = await refusal(whm)
    assert limited.hints == (
        "the server asks for fewer requests: wait (the server asks for 5 s) before the next one",
    )


async def test_a_missing_privilege_is_named_and_isnt_counted_as_a_failed_login() -> None:
    sim = WhmSimulator()
    sim.inject(faults.HttpStatus(403, PRIVILEGE), function="listaccts")
    async with sim.client() as whm:
        first = await refusal(whm)
        second = await refusal(whm)
    for error in (first, second):
        assert isinstance(error, WhmAuthError)
        assert [hint.split(":")[0] for hint in error.hints] == ["missing privilege"]
        assert "`myprivs`" in error.hints[0]


async def test_a_token_on_another_port_fits_the_wrong_port() -> None:
    sim = WhmSimulator()
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        async with endpoint.client(auth=ApiTokenAuth("root", "WRONG")) as whm:
            error = await refusal(whm)
    assert error.hints[0] == (
        f"wrong port: {endpoint.port} is not WHM's 2087; if it is cPanel's or Webmail's port, "
        "a WHM API token won't reach WHM API 1 there"
    )
    assert error.hints[1].startswith("refused credentials")


async def test_cpanel_api1_with_a_token() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    async with sim.client() as whm:
        error = await refusal_with(
            whm,
            "cpanel",
            cpanel_jsonapi_user="bob",
            cpanel_jsonapi_module="Email",
            cpanel_jsonapi_func="listpops",
            cpanel_jsonapi_apiversion="1",
        )
    assert any(hint.startswith("an API token can't call cPanel API 1") for hint in error.hints)


async def refusal_with(whm, function: str, **arguments: str) -> WhmHttpError:  # type: ignore[no-untyped-def]
    with pytest.raises(WhmHttpError) as caught:
        await whm.call(function, **arguments)
    return caught.value


async def test_a_session_whose_token_keeps_being_denied() -> None:
    sim = WhmSimulator()
    denied = faults.HttpStatus(
        401,
        "<html><body>token_incorrect</body></html>",
        content_type="text/html",
        reason="Token Denied",
    )
    sim.inject(denied, function="listaccts")
    async with sim.client(auth=SessionAuth("root", sim.root_password)) as whm:
        error = await refusal(whm)
    assert isinstance(error, WhmAuthError) and error.status_code == 401
    assert any(hint.startswith("expired session") for hint in error.hints)
    assert len(sim.calls("listaccts")) == 0  # the fault answered; the login went through once


async def test_a_refused_session_login_is_named_and_not_repeated() -> None:
    sim = WhmSimulator()
    async with sim.client(auth=SessionAuth("root", "wrong-password")) as whm:
        error = await refusal(whm)
    assert isinstance(error, WhmAuthError)
    assert error.hints and error.hints[-1].startswith(
        "refused credentials: a wrong user or password"
    )
    assert [r.function for r in sim.requests] == ["/login/"]
