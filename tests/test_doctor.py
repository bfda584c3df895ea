"""`whm-api doctor` and diagnose(): against served simulators with faults injected, and
against loopback TLS servers with certificates of the test's own (self-signed, expired,
for another name)."""

from __future__ import annotations

import datetime
import json
import socket
import time
from collections.abc import Iterator

import pytest
from tlscerts import NOW, self_signed, server_context, sha256_of

from whm_api_client import ApiTokenAuth, BasicAuth, WhmConfigError
from whm_api_client.cli import main as cli_main
from whm_api_client.doctor import CHECKS, Diagnosis, diagnose
from whm_api_client.testing import (
    Call,
    SimulatorServer,
    ThreadedSimulatorServer,
    WhmSimulator,
    faults,
)

pytestmark = pytest.mark.anyio


def statuses(report: Diagnosis) -> dict[str, str]:
    return {finding.check: finding.status for finding in report.findings}


def assert_one_line_per_check(report: Diagnosis) -> None:
    assert [finding.check for finding in report.findings] == list(CHECKS)
    assert len(report.lines()) == 1 + len(CHECKS)
    assert all("\n" not in line for line in report.lines())


async def test_a_healthy_server_passes_every_check() -> None:
    sim = WhmSimulator()
    async with SimulatorServer(tls=True) as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth(), ca_bundle=endpoint.ca_file)
    assert_one_line_per_check(report)
    assert set(statuses(report).values()) == {"ok"}, report.lines()
    assert report.exit_code == 0
    assert report.finding("version").data["version"] == sim.server.version
    assert "answers WHM API 1" in report.finding("whm port").summary
    assert "API token for root" in report.finding("credentials").summary
    # only reads, each once: version, myprivs, api_token_list
    assert [r.function for r in sim.requests] == ["version", "myprivs", "api_token_list"]
    assert sim.root_token not in json.dumps(report.to_json())


async def test_two_faults_clock_skew_and_a_token_about_to_expire() -> None:
    soon = int(time.time()) + 3 * 86400
    sim = WhmSimulator(
        {"tokens": [{"user": "root", "name": "ci", "token": "CI", "expires_at": soon}]}
    )
    sim.inject(faults.ClockSkew(-4000))
    sim.inject(faults.Latency(0.05), function="myprivs")
    async with SimulatorServer(tls=True) as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth(), ca_bundle=endpoint.ca_file)
    found = statuses(report)
    assert found["clock"] == "warn"
    assert "behind this machine's" in report.finding("clock").summary
    assert report.finding("clock").data["skew_seconds"] == pytest.approx(-4000, abs=60)
    assert found["token expiry"] == "warn"
    assert "'ci' expires" in report.finding("token expiry").summary
    assert found["privileges"] == "ok"  # slow, not broken
    assert report.worst == "warn" and report.exit_code == 1


async def test_refused_credentials_fail_with_the_causes_that_fit_and_are_sent_once() -> None:
    sim = WhmSimulator()
    async with SimulatorServer(tls=True) as server:
        endpoint = await server.listen(sim)
        report = await diagnose(
            endpoint.target, ApiTokenAuth("root", "WRONGTOKEN"), ca_bundle=endpoint.ca_file
        )
    assert_one_line_per_check(report)
    credentials = report.finding("credentials")
    assert credentials.status == "fail" and credentials.data["status_code"] == 403
    assert "refused credentials" in credentials.fix
    assert "whitelist_ips" in credentials.fix  # a token's causes
    assert statuses(report)["privileges"] == "skip"
    assert statuses(report)["token expiry"] == "skip"
    assert report.exit_code == 3
    assert len(sim.requests) == 1  # a refused login is never repeated
    assert "WRONGTOKEN" not in "\n".join(report.lines())


async def test_the_wrong_port_answer_from_cpanels_docs_is_named() -> None:
    sim = WhmSimulator()
    sim.inject(faults.ResultZero("Permission denied"), function="version")
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth())
    whm_port = report.finding("whm port")
    assert whm_port.status == "fail"
    assert "wrong port" in whm_port.summary and "2087" in whm_port.fix
    assert statuses(report)["tls"] == "info"  # plain HTTP on loopback


async def test_a_server_that_fails_says_so_and_skips_the_rest() -> None:
    sim = WhmSimulator()
    sim.inject(faults.InternalError())
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, BasicAuth("root", sim.root_password))
    assert_one_line_per_check(report)
    assert report.finding("credentials").status == "fail"
    assert "HTTP 500" in report.finding("credentials").summary
    assert statuses(report)["token expiry"] == "skip"
    assert report.exit_code == 3


async def test_the_step_timeout_bounds_each_call() -> None:
    sim = WhmSimulator()
    sim.inject(faults.Latency(30), function="version")
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth(), step_timeout=0.5)
    credentials = report.finding("credentials")
    assert credentials.status == "fail"
    assert "timeout" in credentials.summary
    assert [r.function for r in sim.requests] == ["version"]


def _outward_address() -> str | None:
    """This machine's address on its default route (no packet is sent), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the route
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


async def test_credentials_never_cross_plain_http_to_another_machine() -> None:
    """What WhmClient refuses without allow_insecure_http, the doctor doesn't send."""
    address = _outward_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    sim = WhmSimulator()
    async with SimulatorServer(host=address) as server:
        endpoint = await server.listen(sim)
        report = await diagnose(f"http://{address}:{endpoint.port}", sim.auth())
    assert_one_line_per_check(report)
    tls = report.finding("tls")
    assert tls.status == "fail" and "https://" in tls.fix
    assert statuses(report)["credentials"] == "skip"
    assert len(sim.requests) == 0  # nothing was sent, the token least of all
    assert report.exit_code == 3


async def test_a_slow_reply_is_not_taken_for_a_clock_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server's Date is compared with the time between sending and receiving: a reply
    that takes a while to come isn't a clock that far behind."""
    import whm_api_client.doctor as doctor

    monkeypatch.setattr(doctor, "CLOCK_TOLERANCE", 1.0)  # so that 3 s of latency would show
    sim = WhmSimulator()
    sim.inject(faults.Latency(3), function="version")
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth())
    assert report.finding("clock").status == "ok", report.finding("clock").summary


async def test_a_step_timeout_that_isnt_a_number_is_a_config_error() -> None:
    with pytest.raises(WhmConfigError, match="step_timeout"):
        await diagnose("https://whm.example:2087/json-api", None, step_timeout="10")  # type: ignore[arg-type]


async def test_limited_privileges_are_listed() -> None:
    sim = WhmSimulator()

    @sim.define("myprivs")
    def privileges(call: Call) -> dict[str, object]:
        return {"privileges": [{"all": 0, "list-accts": 1, "create-acct": 1, "suspend-acct": 0}]}

    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth())
    finding = report.finding("privileges")
    assert finding.status == "info"
    assert finding.data["privileges"] == ["create-acct", "list-accts"]
    assert "2 privileges, not all" in finding.summary


async def test_password_credentials_have_no_token_expiry() -> None:
    sim = WhmSimulator()
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, BasicAuth("root", sim.root_password))
    assert report.finding("credentials").summary == "accepted: password (HTTP basic) for root"
    assert report.finding("token expiry").status == "skip"
    assert report.exit_code == 0


async def test_no_date_header_means_cant_tell() -> None:
    sim = WhmSimulator()
    sim.inject(faults.Headers({"Date": "not a date"}))
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(endpoint.target, sim.auth())
    assert report.finding("clock").status == "info"
    assert "can't tell" in report.finding("clock").summary


# ---------------------------------------------------------------------- network and TLS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_closed_port_fails_and_skips_the_rest() -> None:
    report = await diagnose(f"https://127.0.0.1:{_free_port()}/json-api", ApiTokenAuth("root", "T"))
    assert_one_line_per_check(report)
    assert statuses(report)["port"] == "fail"
    assert "refused the connection" in report.finding("port").summary
    assert all(statuses(report)[check] == "skip" for check in CHECKS[2:])


async def test_a_name_that_doesnt_resolve_fails() -> None:
    report = await diagnose("https://whm.invalid:2087/json-api", ApiTokenAuth("root", "T"))
    assert statuses(report)["name"] == "fail"
    assert "doesn't resolve" in report.finding("name").summary


async def test_localhost_resolves() -> None:
    sim = WhmSimulator()
    async with SimulatorServer() as server:
        endpoint = await server.listen(sim)
        report = await diagnose(f"http://localhost:{endpoint.port}/json-api", sim.auth())
    assert statuses(report)["name"] == "ok"
    assert "localhost resolves to" in report.finding("name").summary


async def _served_with(cert: tuple[bytes, bytes], sim: WhmSimulator):  # type: ignore[no-untyped-def]
    server = SimulatorServer()
    await server.__aenter__()
    return server, await server.listen(sim, ssl_context=server_context(*cert))


async def test_a_self_signed_certificate_fails_with_the_trust_command_and_pin() -> None:
    cert = self_signed("127.0.0.1", "localhost")
    sim = WhmSimulator()
    server, endpoint = await _served_with(cert, sim)
    try:
        report = await diagnose(endpoint.target, sim.auth())
        assert not sim.requests  # nothing sent over a connection the client doesn't trust
        pinned = await diagnose(endpoint.target, sim.auth(), pin_sha256=sha256_of(cert[0]))
    finally:
        await server.__aexit__(None, None, None)
    tls = report.finding("tls")
    assert tls.status == "fail"
    assert "self-signed" in tls.summary
    assert f"`whm-api trust 127.0.0.1:{endpoint.port}`" in tls.fix
    assert tls.data["sha256"].replace(":", "").lower() == sha256_of(cert[0])
    assert statuses(report)["credentials"] == "skip"
    assert pinned.exit_code == 0, pinned.lines()
    assert pinned.finding("tls").summary.startswith("pinned:")


async def test_a_certificate_for_another_name_and_an_expired_one() -> None:
    sim = WhmSimulator()
    other = self_signed("whm.other.example")
    expired = self_signed("127.0.0.1", not_after=NOW - datetime.timedelta(days=2))
    server, endpoint = await _served_with(other, sim)
    try:
        report = await diagnose(endpoint.target, sim.auth())
    finally:
        await server.__aexit__(None, None, None)
    assert "doesn't name 127.0.0.1 (it names whm.other.example)" in report.finding("tls").summary
    server, endpoint = await _served_with(expired, sim)
    try:
        report = await diagnose(endpoint.target, sim.auth())
    finally:
        await server.__aexit__(None, None, None)
    assert "expired on" in report.finding("tls").summary
    assert "new certificate" in report.finding("tls").fix


async def test_a_certificate_that_expires_soon_is_a_warning() -> None:
    cert = self_signed("127.0.0.1", not_after=NOW + datetime.timedelta(days=5))
    sim = WhmSimulator()
    server, endpoint = await _served_with(cert, sim)
    try:
        report = await diagnose(endpoint.target, sim.auth(), pin_sha256=sha256_of(cert[0]))
    finally:
        await server.__aexit__(None, None, None)
    assert report.finding("tls").status == "warn"
    assert "expires in" in report.finding("tls").summary


async def test_bad_settings_are_config_errors() -> None:
    with pytest.raises(WhmConfigError):
        await diagnose("https://whm.example:2087/json-api", None, pin_sha256="nope")
    with pytest.raises(WhmConfigError):
        await diagnose("https://whm.example:2087/json-api", None, step_timeout=0)


# ---------------------------------------------------------------------- the command


@pytest.fixture
def threaded() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer(tls=True) as server:
        yield server


def test_the_command_prints_one_line_per_check_and_exits_by_the_worst(
    threaded: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = WhmSimulator()
    sim.inject(faults.ClockSkew(600))
    endpoint = threaded.listen(sim)
    monkeypatch.setenv("WHM_TARGET", f"{endpoint.url}/json-api")
    monkeypatch.setenv("WHM_API_TOKEN", sim.root_token)
    monkeypatch.setenv("WHM_CA_BUNDLE", str(endpoint.ca_file))
    assert cli_main(["doctor"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"whm-api doctor: {endpoint.url}/json-api as root (API token)")
    assert len(out) == 1 + len(CHECKS)
    assert out[-1].startswith("WARN  clock")
    assert cli_main(["doctor", "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["worst"] == "warn" and document["exit_code"] == 1
    assert [check["check"] for check in document["checks"]] == list(CHECKS)
    assert sim.root_token not in json.dumps(document)
    monkeypatch.setenv("WHM_API_TOKEN", "WRONG-TOKEN")
    assert cli_main(["doctor"]) == 3
    assert "WRONG-TOKEN" not in capsys.readouterr().out


def test_the_command_refuses_bad_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("WHM_TARGET", raising=False)
    monkeypatch.delenv("WHM_HOST", raising=False)
    assert cli_main(["doctor"]) == 2
    assert "WHM_HOST" in capsys.readouterr().err
    assert (
        cli_main(["doctor", "--target", "https://whm.example:2087/json-api", "--pin-sha256", "x"])
        == 2
    )
    assert cli_main(["doctor", "--help"]) == 0
