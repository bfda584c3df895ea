"""Arguments checked against the bundled spec before sending (``check_arguments=True``),
against the WHM simulator in-process. WHM itself ignores an argument it doesn't know."""

from __future__ import annotations

import pytest

from whm_api_client import WhmClient, WhmConfigError
from whm_api_client.testing import WhmSimulator

pytestmark = pytest.mark.anyio
SEED = {"accounts": [{"username": "bob", "domain": "bob.example"}, {"username": "carol"}]}


async def test_call_is_unchecked_by_default_as_whm_is() -> None:
    sim = WhmSimulator(SEED)
    async with sim.client() as whm:
        envelope = await whm.call("listaccts", serach="bob")  # the typo lists everyone
    assert [account["user"] for account in envelope["data"]["acct"]] == ["bob", "carol"]


async def test_check_arguments_refuses_unknown_names_and_values_before_sending() -> None:
    sim = WhmSimulator(SEED)
    async with sim.client(check_arguments=True) as whm:
        with pytest.raises(
            WhmConfigError, match=r"unknown argument 'serach' \(did you mean search"
        ):
            await whm.call("listaccts", serach="bob")
        with pytest.raises(WhmConfigError, match="'searchmethod' takes one of exact, regex"):
            await whm.call("listaccts", searchmethod="fuzzy")
        with pytest.raises(WhmConfigError, match="did you mean BWLIMIT"):  # names keep their case
            await whm.call("modifyacct", user="bob", bwlimit=10)
        # The typed methods check the values Python can't: an enum's.
        with pytest.raises(WhmConfigError, match="'searchmethod' takes one of"):
            await whm.listaccts(searchmethod="fuzzy")  # type: ignore[arg-type]
        assert not sim.calls("listaccts") and not sim.calls("modifyacct")

        # Allowed: listed names and values (1 for an enum of 0/1, True too), meta
        # arguments, cpsrvd's NAME-N for a repeated key, the spec's pattern names.
        found = await whm.call(
            "listaccts",
            search="bob",
            searchmethod="exact",
            **{"api.columns.enable": 1, "api.columns.a": "user"},
        )
        assert [account["user"] for account in found["data"]["acct"]] == ["bob"]
        await whm.call("modifyacct", user="bob", **{"MXCHECK-bob.example": "local"})
        await whm.call("update_featurelist", featurelist="default", ftp=True)
        await whm.call("batch", command=["version"], **{"command-0": "gethostname"})
        uapi = {"cpanel.user": "bob", "cpanel.module": "Email", "cpanel.function": "list_pops"}
        await whm.call("uapi_cpanel", **uapi, regex="x")  # UAPI's own arguments pass
        with pytest.raises(WhmConfigError, match="'ftp' takes one of 0, 1"):
            await whm.call("update_featurelist", featurelist="default", ftp=2)


async def test_check_arguments_per_view_and_unknown_functions_pass() -> None:
    sim = WhmSimulator(SEED)
    async with sim.client() as whm:
        checked = whm.with_options(check_arguments=True)
        with pytest.raises(WhmConfigError, match="unknown argument"):
            await checked.call("listaccts", serach="bob")
        await whm.call("listaccts", serach="bob")  # the parent is unchanged
        # A function the bundled spec doesn't know has nothing to check against: sent.
        with pytest.raises(Exception, match="Unknown app"):
            await checked.call("brand_new_function", anything="1")
    with pytest.raises(WhmConfigError, match="check_arguments must be True or False"):
        WhmClient("mock:http://127.0.0.1:9", check_arguments="yes")  # type: ignore[arg-type]


async def test_from_env_names_missing_credentials_as_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("WHM_TARGET", "WHM_API_TOKEN", "WHM_PASSWORD", "WHM_USER", "WHM_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WHM_HOST", "whm.example.com")
    with pytest.raises(WhmConfigError) as caught:
        WhmClient.from_env()
    assert "set WHM_API_TOKEN or WHM_PASSWORD" in str(caught.value)
    assert "auth=" not in str(caught.value)
    monkeypatch.setenv("WHM_TARGET", "mock:http://127.0.0.1:4010")  # a loopback mock: none needed
    async with WhmClient.from_env() as whm:
        assert whm.target.kind == "mock"
