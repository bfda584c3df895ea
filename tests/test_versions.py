"""Version awareness: versions read as the spec writes since-versions, declared or learned
once per client, and functions newer than the server refused before anything is sent."""

from __future__ import annotations

import pytest

from whm_api_client import ServerInfo, WhmConfigError, WhmUnsupportedError
from whm_api_client.functions import index
from whm_api_client.testing import WhmSimulator, faults
from whm_api_client.versions import is_newer, release_of

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("text", "release"),
    [
        ("11.120.0.16", (120, 0, 16)),
        ("120.0.16", (120, 0, 16)),
        ("120", (120,)),
        ("11.40", (40,)),
        ("11.52.0.8", (52, 0, 8)),
        ("58.0.12", (58, 0, 12)),
        ("cPanel 122", (122,)),
        ("11", (11,)),
        ("11.0", (11, 0)),
        ("11.137.9999.106", (137, 9999, 106)),
        (" 11.118 ", (118,)),
    ],
)
def test_versions_are_read_the_way_the_spec_writes_them(
    text: str, release: tuple[int, ...]
) -> None:
    assert release_of(text) == release


@pytest.mark.parametrize("text", ["", "latest", "v", None, True, 11.4, "x11.2"])
def test_what_isnt_a_version(text: object) -> None:
    assert release_of(text) is None


@pytest.mark.parametrize("text", ["1", "10.2", "0.9"])
def test_versions_below_11_are_no_servers(text: str) -> None:
    """Every release with WHM API 1 is 11 or later: a mock's "1" teaches nothing."""
    assert ServerInfo.read(text, "server") is None
    with pytest.raises(WhmConfigError):
        WhmSimulator().client(server_version=text)


async def test_a_mocks_version_reply_teaches_nothing() -> None:
    import httpx

    from whm_api_client import WhmClient

    def reply(request: httpx.Request) -> httpx.Response:
        data = {"version": "11.30.0.1"}
        return httpx.Response(200, json={"metadata": {"result": 1}, "data": data})

    async with WhmClient("mock:http://127.0.0.1:9", transport=httpx.MockTransport(reply)) as whm:
        await whm.version()
        await whm.call("api_token_list")  # since 64: a real 11.30 would be refused


def test_every_since_version_of_the_bundled_spec_is_readable() -> None:
    spellings = {info.since_version for info in index().values() if info.since_version}
    assert len(spellings) > 20
    assert all(release_of(text) is not None for text in spellings), spellings


def test_newer_compares_only_as_far_as_the_servers_version_goes() -> None:
    assert is_newer((64,), (62, 0, 3))
    assert not is_newer((62,), (62, 0, 3))
    assert not is_newer((11,), (28,))  # "11": the oldest release
    assert not is_newer((120, 0, 5), (120,))  # a server declared as 120 may run any build
    assert is_newer((120, 0, 5), (120, 0, 4))
    assert not is_newer((52, 0, 8), (52, 0, 8))
    assert is_newer((121,), (120, 99, 99))


async def test_a_declared_version_refuses_newer_functions_before_sending() -> None:
    sim = WhmSimulator()
    async with sim.client(server_version="11.62") as whm:
        with pytest.raises(WhmUnsupportedError) as caught:
            await whm.api_token_list()  # since 64
        with pytest.raises(WhmUnsupportedError):
            await whm.call("api_token_list")
        await whm.listaccts()  # since 11: fine
    error = caught.value
    assert isinstance(error, WhmConfigError)
    assert (error.since_version, error.server_version) == ("64", "11.62")
    assert "declared as WHM 11.62" in str(error) and "came with WHM 64" in str(error)
    assert [r.function for r in sim.requests] == ["listaccts"]


async def test_the_version_is_learned_once_per_client_and_its_views() -> None:
    sim = WhmSimulator({"server": {"version": "11.62.0.3"}})
    async with sim.client() as whm:
        await whm.api_token_list()  # unknown yet: sent
        info = await whm.with_options(timeout=30).server_info()
        assert info == ServerInfo("11.62.0.3", (62, 0, 3), "server") and info.major == 62
        assert await whm.server_info() is info  # the view learned it for the client
        with pytest.raises(WhmUnsupportedError, match=r"runs WHM 11\.62\.0\.3"):
            await whm.api_token_list()
        await whm.server_info(refresh=True)
    assert [r.function for r in sim.requests] == ["api_token_list", "version", "version"]


async def test_any_version_reply_teaches_it_also_in_a_batch() -> None:
    sim = WhmSimulator({"server": {"version": "11.60.0.1"}})
    async with sim.client() as whm:
        await whm.version()
        with pytest.raises(WhmUnsupportedError):
            await whm.api_token_create(token_name="x")
    async with sim.client() as whm:
        results = await whm.batch_call(["version", "gethostname"])
        assert results[0].unwrap().version == "11.60.0.1"
        assert (await whm.server_info()).version == "11.60.0.1"
    assert [r.function for r in sim.requests].count("version") == 1


async def test_a_declared_version_gives_way_to_the_servers_own() -> None:
    sim = WhmSimulator({"server": {"version": "11.130.0.1"}})
    async with sim.client(server_version="11.62") as whm:
        assert (await whm.server_info()).source == "declared"
        assert not sim.requests
        info = await whm.server_info(refresh=True)
        assert (info.version, info.source) == ("11.130.0.1", "server")
        await whm.api_token_list()  # allowed now


async def test_functions_the_spec_doesnt_know_are_never_refused() -> None:
    sim = WhmSimulator()
    async with sim.client(server_version="11.30") as whm:
        with pytest.raises(Exception) as caught:
            await whm.call("csf_allow")
    assert not isinstance(caught.value, WhmUnsupportedError)
    assert [r.function for r in sim.requests] == ["csf_allow"]


@pytest.mark.parametrize("text", ["latest", "abc", "11..2", "11.120abc", "120 or so", "v", ""])
def test_a_bad_declared_version_is_a_config_error(text: str) -> None:
    sim = WhmSimulator()
    with pytest.raises(WhmConfigError, match="not a WHM version"):
        sim.client(server_version=text)


async def test_a_batch_with_a_newer_command_is_refused_whole_before_sending() -> None:
    sim = WhmSimulator()
    async with sim.client(server_version="11.62") as whm:
        with pytest.raises(WhmUnsupportedError, match="api_token_list"):
            await whm.batch_call(["version", "api_token_list"])
    assert not sim.requests


async def test_an_unknown_app_reply_names_both_versions_when_the_server_is_known() -> None:
    from whm_api_client import WhmUnknownFunctionError

    sim = WhmSimulator()
    reason = 'Unknown app ("api_token_list") requested for this version (1) of the API.'
    sim.inject(faults.ResultZero(reason), function="api_token_list")
    async with sim.client(server_version="11.70") as whm:
        with pytest.raises(WhmUnknownFunctionError) as caught:
            await whm.api_token_list()
    error = caught.value
    assert (error.since_version, error.server_version) == ("64", "11.70")
    assert "the server runs WHM 11.70, and api_token_list came with WHM 64" in str(error)
    async with sim.client() as whm:  # version unknown: only the spec's side
        with pytest.raises(WhmUnknownFunctionError, match="may predate api_token_list") as caught:
            await whm.api_token_list()
    assert caught.value.server_version is None


async def test_server_info_of_a_mock_is_read_but_not_kept() -> None:
    import httpx

    from whm_api_client import WhmClient, WhmSchemaError

    versions = iter(["11.120.0.1", "not a version"])

    def reply(request: httpx.Request) -> httpx.Response:
        data = {"version": next(versions)}
        return httpx.Response(200, json={"metadata": {"result": 1}, "data": data})

    async with WhmClient("mock:http://127.0.0.1:9", transport=httpx.MockTransport(reply)) as whm:
        assert (await whm.server_info()).major == 120
        with pytest.raises(WhmSchemaError, match="holds no WHM version: 'not a version'"):
            await whm.server_info()  # asked again: a mock's answer isn't kept
