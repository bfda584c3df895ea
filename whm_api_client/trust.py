"""``whm-api trust HOST[:PORT]``: trust a server's own certificate without turning
verification off.

    whm-api trust whm.example.com              # port 2087
    whm-api trust 192.0.2.10:2087 --out whm.pem --expect-sha256 AB:CD:...

Fetches the certificate the server presents, shows what it is for, who issued it, its
dates and its SHA-256 fingerprint, and writes it as a PEM file to use as ``ca_bundle=`` or
``WHM_CA_BUNDLE``. The fingerprint is what to compare with the server's own view of its
certificate before relying on the file (this command can't tell a server from something
in between); ``--expect-sha256`` writes the file only if it matches.

Exit status: 0 written, 1 the fingerprint isn't the expected one (nothing written),
2 usage error, 3 no certificate could be fetched.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import anyio

from .certs import ServerCertificate, fetch_certificate, normalize_pin
from .errors import WhmConfigError, WhmError
from .hints import WHM_PORT

__all__ = ["main", "parse_host_port", "usage_lines"]

PROG = "whm-api trust"


def parse_host_port(text: str, default_port: int = WHM_PORT) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` or a bare IPv6 address -> (host, port)."""
    text = text.strip()
    host, port = text, str(default_port)
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket:
            raise WhmConfigError(f"can't read {text!r} as HOST[:PORT]")
        if rest:
            if not rest.startswith(":"):
                raise WhmConfigError(f"can't read {text!r} as HOST[:PORT]")
            port = rest[1:]
    elif text.count(":") == 1:
        host, port = text.split(":")
    if not host or any(c in host for c in "/?#@ ") or not port.isdigit():
        raise WhmConfigError(f"can't read {text!r} as HOST[:PORT]")
    if not 0 < int(port) < 65536:
        raise WhmConfigError(f"port must be 1-65535, got {port}")
    return host, int(port)


def usage_lines(path: str, certificate: ServerCertificate) -> list[str]:
    """How to use a written PEM file, or the fingerprint instead."""
    return [
        "Use it with:",
        f"  WHM_CA_BUNDLE={path}        (whm-api, WhmClient.from_env())",
        f'  WhmClient(..., ca_bundle="{path}")',
        "or pin the certificate instead of trusting it as a CA:",
        f'  WhmClient(..., pin_sha256="{certificate.sha256}")',
    ]


def _describe(host: str, port: int, certificate: ServerCertificate) -> list[str]:
    lines = [
        f"Certificate of {host}:{port}",
        f"  for:        {', '.join(certificate.names) or 'no name'}",
        f"  issued by:  {certificate.issuer_name}",
        f"  valid:      {certificate.not_before:%Y-%m-%d} to {certificate.not_after:%Y-%m-%d}",
        f"  SHA-256:    {certificate.sha256}",
    ]
    problem = certificate.validity_problem()
    if problem:
        lines.append(f"warning: the certificate is {problem}; trusting it won't make it valid")
    if not certificate.matches_host(host):
        lines.append(
            f"warning: the certificate doesn't name {host}: with it as ca_bundle, connect by "
            "one of the names above, or pin it (a pin doesn't check names)"
        )
    return lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Fetch a WHM server's TLS certificate, show its SHA-256 fingerprint and "
        "write it as a PEM file to trust (ca_bundle= / WHM_CA_BUNDLE).",
    )
    parser.add_argument("address", metavar="HOST[:PORT]", help="the server (port 2087 if left out)")
    parser.add_argument(
        "--out", metavar="FILE", help="where to write the PEM (default: whm-HOST-PORT.pem here)"
    )
    parser.add_argument(
        "--expect-sha256",
        metavar="FINGERPRINT",
        help="write the file only if the certificate has this SHA-256 fingerprint",
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        options = _parser().parse_args(argv)
    except SystemExit as exit:  # --help, or a usage error argparse has reported
        return exit.code if isinstance(exit.code, int) else 2
    try:
        host, port = parse_host_port(options.address)
        expected = normalize_pin(options.expect_sha256) if options.expect_sha256 else None
    except WhmConfigError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    try:
        certificate = anyio.run(_fetch, host, port, options.timeout)
    except (TimeoutError, WhmError) as exc:
        detail = str(exc) or f"no answer within {options.timeout:g} s"
        print(f"{PROG}: can't fetch the certificate of {host}:{port}: {detail}", file=sys.stderr)
        return 3
    print("\n".join(_describe(host, port, certificate)))
    if expected is not None and certificate.sha256.replace(":", "").lower() != expected:
        print(
            f"{PROG}: the fingerprint is not the expected one; nothing written. Something "
            "other than the server may be answering, or its certificate was replaced.",
            file=sys.stderr,
        )
        return 1
    path = Path(options.out or f"whm-{host.replace(':', '_')}-{port}.pem").absolute()
    try:
        path.write_text(certificate.pem, encoding="ascii")
    except OSError as exc:
        print(f"{PROG}: can't write {path}: {exc}", file=sys.stderr)
        return 2
    if expected is None:
        print(
            "Compare the fingerprint with the one the server shows for its own certificate "
            "before relying on the file."
        )
    print(f"Wrote {path}.")
    print("\n".join(usage_lines(os.fspath(path), certificate)))
    return 0


async def _fetch(host: str, port: int, seconds: float) -> ServerCertificate:
    with anyio.fail_after(seconds):
        return await fetch_certificate(host, port)
