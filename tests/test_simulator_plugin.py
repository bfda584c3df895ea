"""The pytest plugin (``pytest11`` entry point ``whm_api_client``): fixtures and marker.

Each case runs pytest in a subprocess on a small test file, so the plugin is loaded the way
users get it: through the installed entry point.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, source: str, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_user=source)
    return pytester.runpytest_subprocess("-p", "anyio", *args)


def test_fixtures_on_asyncio_and_trio(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
        import pytest

        @pytest.fixture(params=["asyncio", "trio"])
        def anyio_backend(request):
            return request.param

        @pytest.mark.anyio
        async def test_client(whm_client, whm_simulator):
            await whm_client.createacct(username="bob", domain="bob.example")
            assert [a.user for a in (await whm_client.listaccts()).acct] == ["bob"]
            assert "bob" in whm_simulator.accounts

        @pytest.mark.anyio
        @pytest.mark.whm_simulator({"accounts": 2}, seed=4)
        async def test_marker_configures_the_simulator(whm_client, whm_simulator):
            assert whm_simulator.seed == 4
            assert len((await whm_client.listaccts()).acct) == 2

        def test_fresh_simulator_per_test(whm_simulator):
            assert len(whm_simulator.accounts) == 0
        """,
    )
    result.assert_outcomes(passed=5)


def test_served_fixture_and_environment(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
        import os
        import anyio
        import pytest
        from whm_api_client import WhmClient

        def test_server(whm_server):
            assert whm_server.url.startswith("http://127.0.0.1:")
            assert whm_server.target.kind == "host"

        @pytest.mark.whm_simulator(tls=True)
        def test_env_over_tls(whm_env):
            assert os.environ["WHM_TARGET"] == whm_env.url + "/json-api"
            assert os.environ["WHM_CA_BUNDLE"] == whm_env.ca_file

            async def main():
                async with WhmClient.from_env() as whm:
                    return (await whm.version()).version

            assert anyio.run(main)

        @pytest.mark.whm_simulator({"server": {"hostname": "marked.example"}})
        def test_the_marker_alone_points_the_environment_at_a_served_simulator():
            async def main():
                async with WhmClient.from_env() as whm:
                    return (await whm.gethostname()).hostname

            assert anyio.run(main) == "marked.example"
        """,
    )
    result.assert_outcomes(passed=3)


def test_runs_that_do_not_use_it_do_not_import_the_client(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
        import sys

        def test_nothing_imported():
            assert "whm_api_client_pytest" in sys.modules  # the plugin is loaded ...
            assert "whm_api_client" not in sys.modules  # ... but the client is not
            assert "httpx" not in sys.modules
        """,
        "-p",
        "no:anyio",
    )
    result.assert_outcomes(passed=1)


def test_the_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--markers")
    result.stdout.fnmatch_lines(["*whm_simulator(data=None, *, seed=0, tls=False*"])
