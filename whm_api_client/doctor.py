"""``whm-api doctor``: check a WHM target step by step, and say what is wrong and what to do.

    whm-api doctor                  # the target and credentials of the WHM_* variables
    whm-api doctor --json           # the same for machines
    report = await diagnose(Target.host("whm.example.com"), ApiTokenAuth("root", token))

One line per check, in order: the name resolves, the port takes connections, TLS (the
certificate's chain, a self-signed one, the name, the dates), whether the port is WHM's,
the credentials and their kind, the server's version, what the credentials may do
(``myprivs``), when the API tokens expire (``api_token_list``), and the server's clock
(its HTTP ``Date``). A check that can't run because an earlier one failed says so.

Every request it makes only reads: ``version``, ``myprivs`` and ``api_token_list``, each
once; a refused login is never repeated. Where the facts about cpsrvd don't settle a
question (which service a port other than 2087 is), it says it can't tell.

Exit status: 0 all fine, 1 a warning, 2 usage error, 3 a check failed.
"""

from __future__ import annotations

import argparse
import email.utils
import ipaddress
import json
import os
import socket
import ssl
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

import anyio
import attrs
import httpx

from ._checks import seconds
from .auth import WhmAuth
from .certs import (
    ServerCertificate,
    fetch_certificate,
    ssl_context,
    verification_cause,
    verify_problem,
)
from .client import WhmClient, env_settings
from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmConfigError,
    WhmError,
    WhmLoginPageError,
    WhmResponseError,
)
from .hints import WHM_PORT
from .targets import Target
from .wire import redact

__all__ = ["CHECKS", "Diagnosis", "Finding", "diagnose", "main"]

PROG = "whm-api doctor"
Status = Literal["ok", "info", "warn", "fail", "skip"]
CHECKS = (
    "name",
    "port",
    "tls",
    "whm port",
    "credentials",
    "version",
    "privileges",
    "token expiry",
    "clock",
)
EXIT_OK, EXIT_WARN, EXIT_USAGE, EXIT_FAIL = 0, 1, 2, 3
_SEVERITY: dict[str, int] = {"ok": 0, "info": 0, "skip": 0, "warn": 1, "fail": 2}
SOON_DAYS = 14  # a certificate or token ending sooner than this is a warning
CLOCK_TOLERANCE = 30.0  # seconds of skew that count as in step (Date has 1 s resolution)
# What cPanel's docs say a call to the wrong port gets (CPSRVD-BEHAVIOR.md §3).
_WRONG_PORT_REASONS = ("permission denied", "function not found")


@attrs.frozen
class Finding:
    """The outcome of one check: ``status`` is ok, info, warn, fail or skip."""

    check: str
    status: Status
    summary: str
    fix: str = ""
    data: Mapping[str, Any] = attrs.field(factory=dict)

    def line(self) -> str:
        label = {"fail": "FAIL", "warn": "WARN"}.get(self.status, self.status)
        fix = f" -> {self.fix}" if self.fix else ""
        return f"{label:<5} {self.check:<13} {self.summary}{fix}"

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status,
            "summary": self.summary,
            "fix": self.fix,
            "data": dict(self.data),
        }


@attrs.frozen
class Diagnosis:
    """Every check's finding, in order."""

    target: str
    who: str
    findings: tuple[Finding, ...]

    @property
    def worst(self) -> Status:
        return max((f.status for f in self.findings), key=_SEVERITY.__getitem__, default="ok")

    @property
    def exit_code(self) -> int:
        return {0: EXIT_OK, 1: EXIT_WARN, 2: EXIT_FAIL}[_SEVERITY[self.worst]]

    def finding(self, check: str) -> Finding:
        return next(f for f in self.findings if f.check == check)

    def lines(self) -> list[str]:
        return [f"{PROG}: {self.target} as {self.who}", *(f.line() for f in self.findings)]

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "as": self.who,
            "worst": self.worst,
            "exit_code": self.exit_code,
            "checks": [f.to_json() for f in self.findings],
        }


def _auth_kind(auth: WhmAuth | None) -> str:
    labels = {
        "token": "API token",
        "session": "password (session login)",
        "password": "password (HTTP basic)",
    }
    return labels.get(auth.kind, "credentials") if auth else "no credentials"


def _ago(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} days"


class _Doctor:
    def __init__(
        self,
        target: Target,
        auth: WhmAuth | None,
        *,
        verify: bool,
        ca_bundle: str | os.PathLike[str] | None,
        pin_sha256: str | Sequence[str] | None,
        timeout: float,
    ) -> None:
        self.target = target
        self.auth = auth
        self.verify = verify
        self.ca_bundle = ca_bundle
        self.pin_sha256 = pin_sha256
        self.timeout = timeout
        url = httpx.URL(target.base_url)
        self.host = url.host
        self.https = url.scheme == "https"
        self.port = target.port
        self.where = (
            f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"
        )
        self.findings: list[Finding] = []
        # Each reply's Date header, with this machine's time it was sent and received at.
        self.dates: list[tuple[str | None, float, float]] = []

    def add(self, check: str, status: Status, summary: str, fix: str = "", **data: Any) -> None:
        self.findings.append(Finding(check, status, summary, fix, data))

    def skip_rest(self, because: str) -> None:
        done = {f.check for f in self.findings}
        for check in CHECKS:
            if check not in done:
                self.add(check, "skip", f"not checked: {because}")

    async def run(self) -> None:
        if not await self.name() or not await self.connect():
            self.skip_rest("no connection")
            return
        if not await self.tls():
            self.skip_rest("no trusted TLS connection")
            return
        await self.api()

    # ------------------------------------------------------------------ network

    async def name(self) -> bool:
        try:
            ipaddress.ip_address(self.host)
        except ValueError:
            pass
        else:
            self.add("name", "ok", f"{self.host} is an address: nothing to resolve")
            return True
        try:
            with anyio.fail_after(self.timeout):
                infos = await anyio.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
        except (OSError, TimeoutError) as exc:
            detail = getattr(exc, "strerror", None) or str(exc) or "timed out"
            self.add(
                "name",
                "fail",
                f"{self.host} doesn't resolve ({detail})",
                "check the spelling, and this machine's DNS or /etc/hosts",
            )
            return False
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        self.add("name", "ok", f"{self.host} resolves to {', '.join(addresses[:4])}")
        return True

    async def connect(self) -> bool:
        try:
            with anyio.fail_after(self.timeout):
                stream = await anyio.connect_tcp(self.host, self.port)
            await stream.aclose()
        except TimeoutError:
            self.add(
                "port",
                "fail",
                f"no answer from {self.where} within {self.timeout:g} s",
                "a firewall may drop the packets; check the port and the firewalls between",
            )
            return False
        except OSError as exc:
            cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
            detail = cause.strerror or str(cause)
            self.add(
                "port",
                "fail",
                f"{self.where} refused the connection ({detail})",
                f"nothing listens there: check the port (WHM's is {WHM_PORT}) and that the "
                "server's cpsrvd runs",
            )
            return False
        self.add("port", "ok", f"{self.where} accepts connections")
        return True

    async def tls(self) -> bool:
        if not self.https:
            if self.target.is_loopback:
                self.add("tls", "info", "plain HTTP to a loopback address: no TLS to check")
                return True
            # What WhmClient refuses without allow_insecure_http=True: nothing is sent.
            self.add(
                "tls",
                "fail",
                "plain HTTP to another machine: the credentials would cross the network "
                "unencrypted, so they aren't sent",
                f"use https:// (the spec's WHM URL is https://HOST:{WHM_PORT})",
            )
            return False
        try:
            with anyio.fail_after(self.timeout):
                certificate = await fetch_certificate(self.host, self.port)
        except (TimeoutError, WhmError) as exc:
            self.add(
                "tls",
                "fail",
                str(exc) or f"no TLS handshake with {self.where} within {self.timeout:g} s",
                f"the spec's WHM URL is https://HOST:{WHM_PORT}",
            )
            return False
        if self.verify is False:
            self.add(
                "tls",
                "warn",
                f"verification is off; the certificate is {certificate.describe()}",
                f"trust it instead: `whm-api trust {self.where}` (then ca_bundle=) or "
                f'pin_sha256="{certificate.sha256}"',
                sha256=certificate.sha256,
            )
            return True
        context = ssl_context(True, self.ca_bundle, self.pin_sha256)
        if context is True:
            context = ssl.create_default_context()
        try:
            with anyio.fail_after(self.timeout):
                stream = await anyio.connect_tcp(
                    self.host,
                    self.port,
                    ssl_context=context,
                    tls_hostname=self.host,
                    tls_standard_compatible=False,
                )
            await stream.aclose()
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            self.refused_certificate(certificate, exc)
            return False
        self.trusted_certificate(certificate)
        return True

    def refused_certificate(self, certificate: ServerCertificate, exc: BaseException) -> None:
        cause = verification_cause(exc)
        problems: list[str] = []
        if cause is not None:
            first = getattr(cause, "problem", None) or verify_problem(cause)
            if first == "pin-mismatch":
                problems.append(
                    f"it isn't the pinned certificate (its SHA-256 is {certificate.sha256})"
                )
            elif first in ("unknown-issuer", "self-signed-chain"):
                problems.append(f"its issuer ({certificate.issuer_name}) isn't trusted here")
        if certificate.self_issued:
            problems.append("it is self-signed")
        if not self.pin_sha256 and not certificate.matches_host(self.host):
            problems.append(
                f"it doesn't name {self.host} (it names {', '.join(certificate.names) or 'nothing'})"
            )
        validity = certificate.validity_problem()
        if validity:
            problems.append(f"it is {validity}")
        if not problems:
            problems.append(str(getattr(cause, "verify_message", "") or exc or type(exc).__name__))
        fixes: list[str] = []
        if validity:
            fixes.append("the server needs a new certificate")
        elif any("pinned" in p for p in problems):
            fixes.append("if the certificate was replaced on purpose, check and pin the new one")
        else:
            fixes.append(
                f"`whm-api trust {self.where}` writes it to trust (WHM_CA_BUNDLE / ca_bundle=), "
                f'or pin it: pin_sha256="{certificate.sha256}"'
            )
            if not certificate.matches_host(self.host) and not certificate.self_issued:
                fixes.append(f"or connect by a name it lists ({', '.join(certificate.names)})")
        self.add(
            "tls",
            "fail",
            f"certificate refused: {'; '.join(problems)}",
            "; ".join(fixes),
            sha256=certificate.sha256,
            names=list(certificate.names),
            not_after=certificate.not_after.isoformat(),
            self_signed=certificate.self_issued,
        )

    def trusted_certificate(self, certificate: ServerCertificate) -> None:
        left = (certificate.not_after - datetime.now(UTC)).total_seconds()
        how = "pinned" if self.pin_sha256 else "trusted"
        summary = f"{how}: {certificate.describe()}"
        data = {"sha256": certificate.sha256, "not_after": certificate.not_after.isoformat()}
        if left < SOON_DAYS * 86400:
            self.add(
                "tls",
                "warn",
                f"{summary}; it expires in {_ago(left)}",
                "renew the server's certificate (then trust or pin the new one)",
                **data,
            )
        else:
            self.add("tls", "ok", summary, **data)

    # ------------------------------------------------------------------ WHM API 1

    async def api(self) -> None:
        sent = 0.0

        async def sending(request: httpx.Request) -> None:
            nonlocal sent  # one request at a time: the doctor's calls follow each other
            sent = time.time()

        async def received(response: httpx.Response) -> None:
            self.dates.append((response.headers.get("date"), sent, time.time()))

        verify = ssl_context(self.verify, self.ca_bundle, self.pin_sha256)
        async with httpx.AsyncClient(
            verify=verify,
            follow_redirects=False,
            trust_env=False,
            event_hooks={"request": [sending], "response": [received]},
        ) as http:
            client = WhmClient(self.target, self.auth, http_client=http, timeout=self.timeout)
            if await self.credentials(client):
                await self.privileges(client)
                await self.token_expiry(client)
        self.clock()
        self.skip_rest("no API access")

    async def credentials(self, client: WhmClient) -> bool:
        kind = _auth_kind(self.auth)
        user = getattr(self.auth, "user", None)
        try:
            reply = await client.call("version")
        except WhmAuthError as error:
            reason = str(getattr(error, "reason", "") or error)
            self.port_role(None)
            self.add(
                "credentials",
                "fail",
                f"{kind} for {user} refused: HTTP {error.status_code}",
                "; ".join(error.hints) or "check the user and the secret",
                status_code=error.status_code,
                reason=reason,
            )
            self.add("version", "skip", "not checked: the credentials were refused")
            return False
        except WhmApiError as error:
            self.port_role(error.reason)
            self.add("credentials", "info", f"{kind} for {user}: the call ran but failed")
            self.add("version", "fail", f"version failed: {error.reason}")
            return False
        except WhmLoginPageError:
            self.port_role(None)
            self.add(
                "credentials",
                "fail",
                "the server sent its HTML login page instead of a WHM API 1 reply",
                "the credentials weren't accepted, or the account needs a two-factor code",
            )
            self.add("version", "skip", "not checked: no API access")
            return False
        except WhmResponseError as error:
            self.port_role(None, answered=f"not a WHM API 1 reply ({error})")
            self.add("credentials", "skip", "not checked: the reply wasn't WHM API 1")
            self.add("version", "skip", "not checked: the reply wasn't WHM API 1")
            return False
        except WhmError as error:
            self.port_role(None)
            self.add("credentials", "fail", f"the call failed: {error}")
            self.add("version", "skip", "not checked: the call failed")
            return False
        self.port_role(None, answered="it answers WHM API 1")
        self.add("credentials", "ok", f"accepted: {kind} for {user}", kind=kind, user=user)
        self.version(reply)
        return True

    def port_role(self, reason: str | None, answered: str = "") -> None:
        """Is the port WHM's? By the spec's number, by what answered, or by the reason
        cPanel's docs give for a call to the wrong port; else it can't tell."""
        if reason and any(words in reason.lower() for words in _WRONG_PORT_REASONS):
            self.add(
                "whm port",
                "fail",
                f"the server answered {reason!r}, what cPanel's docs say a call to the wrong "
                "port gets",
                f"use WHM's port {WHM_PORT}",
            )
        elif self.port == WHM_PORT:
            said = f"; {answered}" if answered else ""
            status: Status = "warn" if answered.startswith("not a") else "ok"
            self.add("whm port", status, f"{WHM_PORT} is WHM's port (the spec's){said}")
        elif answered == "it answers WHM API 1":
            self.add(
                "whm port",
                "ok",
                f"port {self.port} isn't the spec's {WHM_PORT}, but it answers WHM API 1 "
                "(a proxy or a moved port)",
            )
        else:
            said = f" ({answered})" if answered else ""
            self.add(
                "whm port",
                "warn",
                f"can't tell whether port {self.port} is WHM's, cPanel's or Webmail's{said}",
                f"WHM's port is {WHM_PORT} (the spec's)",
            )

    def version(self, reply: Mapping[str, Any]) -> None:
        from .versions import ServerInfo

        data = reply.get("data")
        text = data.get("version") if isinstance(data, Mapping) else None
        info = ServerInfo.read(text, "server")
        if info is None:
            self.add("version", "warn", f"the version reply holds no version: {text!r}")
            return
        newer = _newer_functions(info.release)
        note = (
            f"; {newer} functions of the bundled spec are newer and will be refused before sending"
            if newer
            else ""
        )
        self.add(
            "version",
            "ok",
            f"WHM {info.version} (release {info.major}){note}",
            version=info.version,
            newer_functions=newer,
        )

    async def read(self, client: WhmClient, check: str, function: str) -> Mapping[str, Any] | None:
        """``function``'s data, or None after a warning that ``check`` can't tell."""
        try:
            reply = await client.call(function)
        except WhmError as error:
            self.add(check, "warn", f"can't tell: {function} failed ({error})")
            return None
        data = reply.get("data")
        return data if isinstance(data, Mapping) else {}

    async def privileges(self, client: WhmClient) -> None:
        data = await self.read(client, "privileges", "myprivs")
        if data is None:
            return
        rows = data.get("privileges")
        first = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], Mapping) else {}
        granted = sorted(str(name) for name, value in first.items() if value in (1, "1", True))
        if "all" in granted:
            self.add("privileges", "ok", "all privileges", privileges=granted)
        elif granted:
            shown = ", ".join(granted[:8]) + (
                f" and {len(granted) - 8} more" if len(granted) > 8 else ""
            )
            self.add(
                "privileges",
                "info",
                f"{len(granted)} privileges, not all: {shown}",
                "functions that need another one will be refused",
                privileges=granted,
            )
        else:
            self.add("privileges", "warn", "myprivs lists no privilege granted", privileges=[])

    async def token_expiry(self, client: WhmClient) -> None:
        if _auth_kind(self.auth) != "API token":
            self.add("token expiry", "skip", "not an API token: nothing to expire")
            return
        data = await self.read(client, "token expiry", "api_token_list")
        if data is None:
            return
        tokens = data.get("tokens")
        if not isinstance(tokens, Mapping) or not tokens:
            self.add("token expiry", "info", "api_token_list lists no token")
            return
        now = time.time()
        ending: list[tuple[float, str]] = []
        for key, token in tokens.items():
            expires = token.get("expires_at") if isinstance(token, Mapping) else None
            if isinstance(expires, int | float) and not isinstance(expires, bool) and expires:
                name = token.get("name") if isinstance(token, Mapping) else None
                ending.append((float(expires), str(name or key)))
        ending.sort()
        user = getattr(self.auth, "user", "?")
        which = "the list doesn't say which one this client sends"
        if not ending:
            count = (
                f"{user}'s API token doesn't"
                if len(tokens) == 1
                else (f"none of {user}'s {len(tokens)} API tokens")
            )
            self.add("token expiry", "ok", f"{count} expire")
            return
        parts = []
        for when, name in ending[:3]:
            day = datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d")
            parts.append(
                f"{name!r} expired on {day}"
                if when <= now
                else f"{name!r} expires {day} (in {_ago(when - now)})"
            )
        soon = [name for when, name in ending if now < when <= now + SOON_DAYS * 86400]
        self.add(
            "token expiry",
            "warn" if soon else "info",
            f"{len(ending)} of {len(tokens)} tokens expire: {'; '.join(parts)} ({which})",
            "make a new token before the one in use expires" if soon else "",
            expiring=[{"name": name, "expires_at": int(when)} for when, name in ending],
        )

    def clock(self) -> None:
        moments = [(date, sent, got) for date, sent, got in self.dates if date]
        if not self.dates:
            self.add("clock", "skip", "not checked: no HTTP reply")
            return
        if not moments:
            self.add("clock", "info", "can't tell: the server sent no Date header")
            return
        date, sent, received = moments[0]
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            self.add("clock", "info", f"can't tell: the Date header {date!r} can't be read")
            return
        # The server wrote its Date (whole seconds) between sending and receiving here.
        if server > received:
            skew = server - received
        elif server + 1 < sent:
            skew = server + 1 - sent
        else:
            skew = 0.0
        if abs(skew) <= CLOCK_TOLERANCE:
            self.add(
                "clock",
                "ok",
                f"the server's clock is within {CLOCK_TOLERANCE:g} s of this machine's",
                skew_seconds=round(skew),
            )
            return
        self.add(
            "clock",
            "warn",
            f"the server's clock is {_ago(skew)} {'ahead of' if skew > 0 else 'behind'} this "
            "machine's",
            "times the server judges (token expiry, two-factor codes) are off by as much: set "
            "the wrong clock right (NTP)",
            skew_seconds=round(skew),
        )


def _newer_functions(release: tuple[int, ...]) -> int:
    """How many functions of the bundled spec are newer than ``release``."""
    from .functions import index
    from .versions import is_newer, release_of

    count = 0
    for info in index().values():
        since = release_of(info.since_version)
        if since is not None and is_newer(since, release):
            count += 1
    return count


async def diagnose(
    target: Target | str,
    auth: WhmAuth | None,
    *,
    verify: bool = True,
    ca_bundle: str | os.PathLike[str] | None = None,
    pin_sha256: str | Sequence[str] | None = None,
    step_timeout: float = 10.0,
) -> Diagnosis:
    """Check ``target`` with these credentials and TLS settings (those of ``WhmClient``);
    returns every check's finding. ``step_timeout`` bounds each step (resolving,
    connecting, a handshake, a call). Raises only :class:`WhmConfigError`, for bad
    settings."""
    timeout = seconds("step_timeout", step_timeout)
    target = target if isinstance(target, Target) else Target.parse(target)
    ssl_context(verify, ca_bundle, pin_sha256)  # bad TLS settings fail here, not as a finding
    doctor = _Doctor(
        target, auth, verify=verify, ca_bundle=ca_bundle, pin_sha256=pin_sha256, timeout=timeout
    )
    await doctor.run()
    who = f"{getattr(auth, 'user', None) or 'nobody'} ({_auth_kind(auth)})"
    findings = sorted(doctor.findings, key=lambda finding: CHECKS.index(finding.check))
    return Diagnosis(target.base_url, who, tuple(findings))


# ---------------------------------------------------------------------- command line


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check a WHM target step by step: name, port, TLS, WHM's port, "
        "credentials, version, privileges, token expiry, clock. The target and credentials "
        "come from the WHM_* variables, as for other whm-api commands.",
        epilog="exit status: 0 all fine, 1 a warning, 2 usage error, 3 a check failed",
    )
    parser.add_argument("--target", metavar="URL", help="the server's URL (default: WHM_*)")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per step (10)")
    parser.add_argument(
        "--pin-sha256", metavar="FINGERPRINT", help="check with this certificate pin"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        options = _parser().parse_args(argv)
    except SystemExit as exit:  # --help, or a usage error argparse has reported
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    secrets = [os.environ[n] for n in ("WHM_API_TOKEN", "WHM_PASSWORD") if os.environ.get(n)]
    try:
        target, auth, settings = env_settings(options.target)
        report = anyio.run(
            lambda: diagnose(
                target,
                auth,
                ca_bundle=settings.get("ca_bundle"),
                pin_sha256=options.pin_sha256 or settings.get("pin_sha256"),
                step_timeout=options.timeout,
            )
        )
    except WhmConfigError as exc:
        print(f"{PROG}: {redact(str(exc), secrets)}", file=sys.stderr)
        return EXIT_USAGE
    if options.json:
        text = json.dumps(report.to_json(), indent=2, ensure_ascii=False)
    else:
        text = "\n".join(report.lines())
    print(redact(text, secrets))
    return report.exit_code
