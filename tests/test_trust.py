"""Certificates, pins and `whm-api trust`, on loopback TLS servers (a simulator served with
a certificate of the test's own: self-signed, expired, for another name, or a test CA's)."""

from __future__ import annotations

import datetime
import ipaddress
import pickle
import ssl
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from tlscerts import NOW, der_of, self_signed, server_context, sha256_of

from whm_api_client import WhmCertificateError, WhmClient, WhmConfigError, WhmConnectError
from whm_api_client.certs import ServerCertificate, fetch_certificate, fingerprint, normalize_pin
from whm_api_client.cli import main as cli_main
from whm_api_client.testing import SimulatorServer, ThreadedSimulatorServer, WhmSimulator
from whm_api_client.trust import parse_host_port

pytestmark = pytest.mark.anyio

LOOPBACK = ("127.0.0.1", "localhost")


def _decoded_by_ssl(pem: bytes) -> dict[str, object]:
    """What the ssl module itself reads from a certificate (test-only: a private helper)."""
    with tempfile.NamedTemporaryFile("wb", suffix=".pem") as file:
        file.write(pem)
        file.flush()
        return ssl._ssl._test_decode_cert(file.name)  # type: ignore[attr-defined]


def _trustme_leaf() -> bytes:
    ca = trustme.CA()
    return ca.issue_cert("whm.test.example", "192.0.2.7").cert_chain_pems[0].bytes()


@pytest.mark.parametrize(
    "pem",
    [
        self_signed("127.0.0.1", "localhost")[0],
        self_signed("whm.test.example", "*.test.example", "::1")[0],
        self_signed(common_name="only-a-cn.example")[0],
        self_signed("old.example", not_after=NOW - datetime.timedelta(days=3))[0],
        _trustme_leaf(),
    ],
    ids=["loopback", "wildcard-v6", "cn-only", "expired", "ca-issued"],
)
def test_the_der_reader_agrees_with_the_ssl_module(pem: bytes) -> None:
    certificate = ServerCertificate.from_der(der_of(pem))
    expected = _decoded_by_ssl(pem)
    alt = expected.get("subjectAltName", ())
    assert certificate.dns_names == tuple(v for k, v in alt if k == "DNS")  # type: ignore[attr-defined]
    assert [ipaddress.ip_address(ip) for ip in certificate.ip_addresses] == [
        ipaddress.ip_address(v.strip())
        for k, v in alt
        if k == "IP Address"  # type: ignore[attr-defined]
    ]
    subject = dict(pair for rdn in expected["subject"] for pair in rdn)  # type: ignore[attr-defined]
    issuer = dict(pair for rdn in expected["issuer"] for pair in rdn)  # type: ignore[attr-defined]
    assert certificate.subject.get("CN") == subject.get("commonName")
    assert certificate.issuer.get("CN") == issuer.get("commonName")
    not_after = datetime.datetime.fromtimestamp(
        ssl.cert_time_to_seconds(str(expected["notAfter"])), datetime.UTC
    )
    assert certificate.not_after == not_after
    assert certificate.self_issued == (subject == issuer)
    assert certificate.sha256.replace(":", "").lower() == sha256_of(pem)


def test_host_names_are_matched_as_openssl_does() -> None:
    wildcard = ServerCertificate.from_der(
        der_of(self_signed("*.test.example", "192.0.2.7", "2001:db8::1")[0])
    )
    assert wildcard.matches_host("whm.test.example")
    assert wildcard.matches_host("WHM.Test.Example.")
    assert not wildcard.matches_host("test.example")
    assert not wildcard.matches_host("a.b.test.example")
    assert wildcard.matches_host("192.0.2.7")
    assert wildcard.matches_host("[2001:db8:0::1]")
    assert not wildcard.matches_host("192.0.2.8")
    cn_only = ServerCertificate.from_der(der_of(self_signed(common_name="whm.example")[0]))
    assert cn_only.matches_host("whm.example")
    assert not cn_only.matches_host("other.example")


def test_dates_are_checked() -> None:
    expired = ServerCertificate.from_der(
        der_of(self_signed("x.example", not_after=NOW - datetime.timedelta(days=1))[0])
    )
    assert "expired on" in (expired.validity_problem() or "")
    future = ServerCertificate.from_der(
        der_of(self_signed("x.example", not_before=NOW + datetime.timedelta(days=2))[0])
    )
    assert "not valid before" in (future.validity_problem() or "")


def test_unreadable_certificates_and_pins_are_config_errors() -> None:
    with pytest.raises(WhmConfigError, match="can't read the certificate"):
        ServerCertificate.from_der(b"\x30\x82\xff\xff not a certificate")
    for bad in ("", "abc", "zz" * 32, 42, "AB:" * 31 + "A"):
        with pytest.raises(WhmConfigError):
            normalize_pin(bad)
    pin = "ab" * 32
    assert normalize_pin(":".join(["AB"] * 32)) == pin
    assert normalize_pin(f"sha256:{pin.upper()}") == pin
    assert fingerprint(b"x").count(":") == 31


# ---------------------------------------------------------------------- loopback servers


async def _serve(cert: tuple[bytes, bytes]):  # type: ignore[no-untyped-def]
    sim = WhmSimulator()
    server = SimulatorServer()
    await server.__aenter__()
    endpoint = await server.listen(sim, ssl_context=server_context(*cert))
    return server, sim, endpoint


@pytest.mark.usefixtures("http_backend")  # the pin holds on both transports
async def test_a_pin_trusts_a_self_signed_certificate_without_a_ca_file() -> None:
    cert = self_signed("whm.other.example")  # not even the name we connect by
    server, sim, endpoint = await _serve(cert)
    try:
        async with WhmClient(endpoint.target, sim.auth(), pin_sha256=sha256_of(cert[0])) as whm:
            assert (await whm.version()).version
            assert (await whm.gethostname()).hostname  # a second call, maybe a new connection
    finally:
        await server.__aexit__(None, None, None)


@pytest.mark.usefixtures("http_backend")  # the pin holds on both transports
async def test_a_different_certificate_fails_the_pin_before_anything_is_sent() -> None:
    cert = self_signed(*LOOPBACK)
    server, sim, endpoint = await _serve(cert)
    other = sha256_of(self_signed(*LOOPBACK)[0])
    try:
        async with WhmClient(endpoint.target, sim.auth(), pin_sha256=other) as whm:
            with pytest.raises(WhmCertificateError) as caught:
                await whm.createacct(username="bob", domain="bob.example")
    finally:
        await server.__aexit__(None, None, None)
    error = caught.value
    assert isinstance(error, WhmConnectError)
    assert error.problem == "pin-mismatch"
    assert error.fingerprint is not None
    assert error.fingerprint.replace(":", "").lower() == sha256_of(cert[0])
    assert f"whm-api trust 127.0.0.1:{endpoint.port}" in str(error)
    assert not sim.requests  # refused at the handshake: createacct never reached it
    assert "bob" not in sim.accounts


async def test_an_expired_pinned_certificate_still_fails() -> None:
    cert = self_signed(*LOOPBACK, not_after=NOW - datetime.timedelta(days=1))
    server, sim, endpoint = await _serve(cert)
    try:
        async with WhmClient(endpoint.target, sim.auth(), pin_sha256=sha256_of(cert[0])) as whm:
            with pytest.raises(WhmCertificateError, match="expired on") as caught:
                await whm.version()
    finally:
        await server.__aexit__(None, None, None)
    assert caught.value.problem == "expired"


async def test_without_a_pin_a_self_signed_certificate_is_refused_with_the_fix() -> None:
    cert = self_signed(*LOOPBACK)
    server, sim, endpoint = await _serve(cert)
    try:
        async with WhmClient(endpoint.target, sim.auth()) as whm:
            with pytest.raises(WhmCertificateError) as caught:
                await whm.version()
    finally:
        await server.__aexit__(None, None, None)
    assert caught.value.problem == "self-signed"
    assert f"`whm-api trust 127.0.0.1:{endpoint.port}`" in str(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).problem == "self-signed"


@pytest.mark.usefixtures("http_backend")  # the pin holds on both transports
async def test_with_a_ca_bundle_a_pin_is_checked_as_well() -> None:
    sim = WhmSimulator()
    async with SimulatorServer(tls=True) as server:  # a test CA's certificate
        endpoint = await server.listen(sim)
        assert endpoint.ca_file is not None
        async with WhmClient(endpoint.target, sim.auth(), ca_bundle=endpoint.ca_file) as whm:
            await whm.version()
        seen = await fetch_certificate(endpoint.host, endpoint.port)
        assert not seen.self_issued and seen.matches_host("127.0.0.1")
        good = WhmClient(
            endpoint.target, sim.auth(), ca_bundle=endpoint.ca_file, pin_sha256=seen.sha256
        )
        async with good as whm:
            await whm.version()
        bad = WhmClient(
            endpoint.target, sim.auth(), ca_bundle=endpoint.ca_file, pin_sha256="0" * 64
        )
        async with bad as whm:
            with pytest.raises(WhmCertificateError) as caught:
                await whm.version()
        assert caught.value.problem == "pin-mismatch"
        # the CA check still applies next to a pin: a valid pin doesn't rescue a wrong CA
        other_ca = trustme.CA()
        with tempfile.NamedTemporaryFile("wb", suffix=".pem") as file:
            file.write(other_ca.cert_pem.bytes())
            file.flush()
            wrong = WhmClient(
                endpoint.target, sim.auth(), ca_bundle=file.name, pin_sha256=seen.sha256
            )
            async with wrong as whm:
                with pytest.raises(WhmCertificateError) as caught:
                    await whm.version()
        assert caught.value.problem == "unknown-issuer"


async def test_fetching_a_certificate_fails_with_the_library_s_own_errors() -> None:
    """A closed port, a port without TLS, a name that doesn't resolve: WhmConnectErrors
    that say what happened, never a bare OSError or SSLError."""
    sim = WhmSimulator()
    async with SimulatorServer() as server:  # plain HTTP: no TLS handshake there
        plain = await server.listen(sim)
        with pytest.raises(WhmConnectError, match="no TLS handshake") as caught:
            await fetch_certificate(plain.host, plain.port)
        assert "HTTPS" in str(caught.value)
    with socket_closed() as port, pytest.raises(WhmConnectError, match=rf"127\.0\.0\.1:{port}"):
        await fetch_certificate("127.0.0.1", port)
    with pytest.raises(WhmConnectError, match=r"no-such-host\.invalid"):
        await fetch_certificate("no-such-host.invalid", 2087)


def test_pins_that_would_quietly_check_nothing_are_refused() -> None:
    with pytest.raises(WhmConfigError, match="verify=False"):
        WhmClient("https://whm.example:2087/json-api", _auth(), verify=False, pin_sha256="a" * 64)
    with pytest.raises(WhmConfigError, match="SSLContext"):
        WhmClient(
            "https://whm.example:2087/json-api",
            _auth(),
            verify=ssl.create_default_context(),
            pin_sha256="a" * 64,
        )
    with pytest.raises(WhmConfigError, match="64 hex digits"):
        WhmClient("https://whm.example:2087/json-api", _auth(), pin_sha256="not-a-pin")
    with pytest.raises(WhmConfigError, match="at least one"):
        WhmClient("https://whm.example:2087/json-api", _auth(), pin_sha256=[])


def _auth():  # type: ignore[no-untyped-def]
    from whm_api_client import ApiTokenAuth

    return ApiTokenAuth("root", "TOKEN")


# ---------------------------------------------------------------------- whm-api trust


@pytest.fixture
def threaded() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer() as server:
        yield server


def test_trust_writes_a_pem_that_works_as_ca_bundle(
    threaded: ThreadedSimulatorServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    anyio_backend: str,
) -> None:
    cert = self_signed(*LOOPBACK)
    sim = WhmSimulator()
    endpoint = threaded.listen(sim, ssl_context=server_context(*cert))
    out = tmp_path / "whm.pem"
    assert cli_main(["trust", f"127.0.0.1:{endpoint.port}", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert fingerprint(der_of(cert[0])) in printed
    assert "itself (self-signed)" in printed
    assert f"WHM_CA_BUNDLE={out}" in printed
    assert ssl.PEM_cert_to_DER_cert(out.read_text()) == der_of(cert[0])

    import anyio

    async def call() -> str:
        async with WhmClient(endpoint.target, sim.auth(), ca_bundle=out) as whm:
            return (await whm.version()).version  # type: ignore[return-value]

    assert anyio.run(call, backend=anyio_backend)


def test_trust_of_a_ca_issued_certificate_works_as_ca_bundle_too(
    threaded: ThreadedSimulatorServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The leaf alone (not its CA) in the bundle: it is a trust anchor of its own."""
    ca = trustme.CA()
    leaf = ca.issue_cert(*LOOPBACK)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(context)
    sim = WhmSimulator()
    endpoint = threaded.listen(sim, ssl_context=context)
    out = tmp_path / "leaf.pem"
    assert cli_main(["trust", f"localhost:{endpoint.port}", "--out", str(out)]) == 0
    assert "self-signed" not in capsys.readouterr().out

    import anyio

    async def call() -> None:
        async with WhmClient(endpoint.target, sim.auth(), ca_bundle=out) as whm:
            await whm.version()

    anyio.run(call)


def test_trust_with_an_unexpected_fingerprint_writes_nothing(
    threaded: ThreadedSimulatorServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert = self_signed("whm.other.example")
    endpoint = threaded.listen(WhmSimulator(), ssl_context=server_context(*cert))
    out = tmp_path / "whm.pem"
    argv = ["trust", f"127.0.0.1:{endpoint.port}", "--out", str(out), "--expect-sha256", "ab" * 32]
    assert cli_main(argv) == 1
    captured = capsys.readouterr()
    assert "not the expected one" in captured.err
    assert "doesn't name 127.0.0.1" in captured.out  # and says a pin doesn't check names
    assert not out.exists()
    argv[-1] = fingerprint(der_of(cert[0])).lower()
    assert cli_main(argv) == 0
    assert out.exists()


def test_trust_usage_and_connection_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["trust", "whm.example:notaport"]) == 2
    assert cli_main(["trust"]) == 2
    with socket_closed() as port:
        assert cli_main(["trust", f"127.0.0.1:{port}", "--timeout", "5"]) == 3
    assert "can't fetch the certificate of 127.0.0.1" in capsys.readouterr().err


def test_host_port_reading() -> None:
    assert parse_host_port("whm.example") == ("whm.example", 2087)
    assert parse_host_port("whm.example:2083") == ("whm.example", 2083)
    assert parse_host_port("[2001:db8::1]:2087") == ("2001:db8::1", 2087)
    assert parse_host_port("2001:db8::1") == ("2001:db8::1", 2087)
    for bad in ("", "a/b", "[::1", "h:0", "h:99999"):
        with pytest.raises(WhmConfigError):
            parse_host_port(bad)


class socket_closed:
    """A loopback port nothing listens on (bound, then closed)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        return None
