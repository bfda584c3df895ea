"""Server certificates: fetch one, read it, fingerprint it, and pin it.

What ``whm-api trust``, ``whm-api doctor`` and ``WhmClient(pin_sha256=...)`` share. No
dependency beyond the standard library: the few fields the client needs (names, issuer,
dates, alternative names) are read from the certificate's DER by a small reader, and
anything it can't read counts as "can't tell", never as a pass.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import ssl
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import attrs

from .errors import WhmCertificateError, WhmConfigError, WhmConnectError

__all__ = [
    "CertificateRefused",
    "ServerCertificate",
    "fetch_certificate",
    "fingerprint",
    "normalize_pin",
    "ssl_context",
    "verification_cause",
    "verify_problem",
]

# ---------------------------------------------------------------------- fingerprints

_HEX = re.compile(r"^[0-9a-f]{64}$")


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as ``AB:CD:...`` (what browsers and openssl show)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalize_pin(pin: object) -> str:
    """A SHA-256 fingerprint as 64 lowercase hex digits; colons, spaces and a ``sha256:``
    prefix are allowed. Anything else is a :class:`WhmConfigError`."""
    if not isinstance(pin, str):
        raise WhmConfigError(f"a pin is a SHA-256 fingerprint in hex, not {type(pin).__name__}")
    text = pin.strip().lower().removeprefix("sha256:").removeprefix("sha256/")
    text = re.sub(r"[\s:]", "", text)
    if not _HEX.match(text):
        raise WhmConfigError(
            "a pin is the certificate's SHA-256 fingerprint: 64 hex digits, colons allowed "
            "(`whm-api trust HOST` shows it)"
        )
    return text


def pin_set(pins: str | Iterable[str]) -> frozenset[str]:
    """Fingerprints as the pin check compares them; WhmConfigError for a malformed one."""
    if not isinstance(pins, str | list | tuple | set | frozenset):
        raise WhmConfigError(
            f"pin_sha256 is a fingerprint or a list of them, not {type(pins).__name__}"
        )
    found = frozenset(normalize_pin(p) for p in ([pins] if isinstance(pins, str) else pins))
    if not found:
        raise WhmConfigError("pin_sha256 needs at least one fingerprint")
    return found


# ---------------------------------------------------------------------- reading DER

_CN = bytes.fromhex("550403")  # 2.5.4.3 commonName
_ORG = bytes.fromhex("55040a")  # 2.5.4.10 organizationName
_SAN = bytes.fromhex("551d11")  # 2.5.29.17 subjectAltName
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1", 0x1E: "utf-16-be"}


class _BadDer(ValueError):
    pass


def _element(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at ``pos``."""
    if pos + 2 > len(data):
        raise _BadDer("truncated")
    tag, length = data[pos], data[pos + 1]
    start = pos + 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4 or start + count > len(data):
            raise _BadDer("bad length")
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    if start + length > len(data):
        raise _BadDer("truncated")
    return tag, start, start + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    found = []
    while start < end:
        element = _element(data, start)
        found.append(element)
        start = element[2]
    return found


def _text(data: bytes, tag: int, start: int, end: int) -> str:
    return data[start:end].decode(_STRING_TAGS.get(tag, "latin-1"), errors="replace")


def _name(data: bytes, start: int, end: int) -> dict[str, str]:
    """The commonName and organizationName of an X.501 Name, where present."""
    found: dict[str, str] = {}
    for _, set_start, set_end in _children(data, start, end):
        for _, seq_start, seq_end in _children(data, set_start, set_end):
            parts = _children(data, seq_start, seq_end)
            if len(parts) != 2:
                continue
            oid = data[parts[0][1] : parts[0][2]]
            key = {_CN: "CN", _ORG: "O"}.get(oid)
            if key and key not in found:
                found[key] = _text(data, *parts[1])
    return found


def _time(data: bytes, tag: int, start: int, end: int) -> datetime:
    text = data[start:end].decode("ascii")
    if tag == 0x17:  # UTCTime: YYMMDDHHMMSSZ, years 1950-2049
        moment = datetime.strptime(text, "%y%m%d%H%M%SZ")
    elif tag == 0x18:  # GeneralizedTime: YYYYMMDDHHMMSSZ
        moment = datetime.strptime(text, "%Y%m%d%H%M%SZ")
    else:
        raise _BadDer("not a time")
    return moment.replace(tzinfo=UTC)


def _alt_names(data: bytes, start: int, end: int) -> tuple[list[str], list[str]]:
    """DNS names and IP addresses of a subjectAltName extension's value."""
    dns: list[str] = []
    ips: list[str] = []
    _, seq_start, seq_end = _element(data, start)
    for tag, name_start, name_end in _children(data, seq_start, seq_end):
        if tag == 0x82:
            dns.append(data[name_start:name_end].decode("ascii", errors="replace"))
        elif tag == 0x87 and name_end - name_start in (4, 16):
            ips.append(str(ipaddress.ip_address(data[name_start:name_end])))
    return dns, ips


@attrs.frozen
class ServerCertificate:
    """One certificate as a server presented it, with what the client reads from it."""

    der: bytes = attrs.field(repr=False)
    subject: dict[str, str]
    issuer: dict[str, str]
    not_before: datetime
    not_after: datetime
    dns_names: tuple[str, ...]
    ip_addresses: tuple[str, ...]
    self_issued: bool  # issuer and subject are the same name: a self-signed certificate

    @classmethod
    def from_der(cls, der: bytes) -> ServerCertificate:
        """Read a DER certificate; one this reader can't follow is a :class:`WhmConfigError`."""
        try:
            _, cert_start, cert_end = _element(der, 0)
            _, tbs_start, tbs_end = _children(der, cert_start, cert_end)[0]
            fields = _children(der, tbs_start, tbs_end)
            if fields and fields[0][0] == 0xA0:  # [0] version
                fields = fields[1:]
            _serial, _algorithm, issuer, validity, subject, _key, *rest = fields
            not_before, not_after = _children(der, validity[1], validity[2])
            dns: list[str] = []
            ips: list[str] = []
            for tag, start, _ in rest:
                if tag != 0xA3:  # [3] extensions
                    continue
                _, ext_start, ext_end = _element(der, start)
                for _, one_start, one_end in _children(der, ext_start, ext_end):
                    parts = _children(der, one_start, one_end)
                    if der[parts[0][1] : parts[0][2]] == _SAN:
                        dns, ips = _alt_names(der, parts[-1][1], parts[-1][2])
            return cls(
                der=der,
                subject=_name(der, subject[1], subject[2]),
                issuer=_name(der, issuer[1], issuer[2]),
                not_before=_time(der, *not_before),
                not_after=_time(der, *not_after),
                dns_names=tuple(dns),
                ip_addresses=tuple(ips),
                self_issued=der[issuer[1] : issuer[2]] == der[subject[1] : subject[2]],
            )
        except (_BadDer, ValueError, IndexError, UnicodeDecodeError) as exc:
            raise WhmConfigError(f"can't read the certificate: {exc}") from None

    @property
    def sha256(self) -> str:
        """The fingerprint, ``AB:CD:...``."""
        return fingerprint(self.der)

    @property
    def pem(self) -> str:
        return ssl.DER_cert_to_PEM_cert(self.der)

    @property
    def names(self) -> tuple[str, ...]:
        """What the certificate is for: its alternative names, else its common name."""
        names = self.dns_names + self.ip_addresses
        if names:
            return names
        return (self.subject["CN"],) if "CN" in self.subject else ()

    def matches_host(self, host: str) -> bool:
        """Whether ``host`` is one the certificate names (as OpenSSL checks it: the
        alternative names when there are any, else the common name; ``*.`` in the
        leftmost label only)."""
        host = host.strip("[]").rstrip(".").lower()
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            address = None
        if address is not None:
            return any(ipaddress.ip_address(ip) == address for ip in self.ip_addresses)
        candidates = self.dns_names or (
            (self.subject["CN"],) if "CN" in self.subject and not self.ip_addresses else ()
        )
        return any(_dns_match(pattern.lower().rstrip("."), host) for pattern in candidates)

    def validity_problem(self, now: datetime | None = None) -> str | None:
        """``"expired on ..."`` / ``"not valid before ..."``, or None while valid."""
        now = now or datetime.now(UTC)
        if now > self.not_after:
            return f"expired on {self.not_after:%Y-%m-%d %H:%M} UTC"
        if now < self.not_before:
            return f"not valid before {self.not_before:%Y-%m-%d %H:%M} UTC"
        return None

    @property
    def issuer_name(self) -> str:
        """Who issued it: ``itself (self-signed)``, or the issuer's common or organization name."""
        if self.self_issued:
            return "itself (self-signed)"
        return self.issuer.get("CN") or self.issuer.get("O") or "an unnamed issuer"

    def describe(self) -> str:
        """One line: for what, issued by whom, valid until when."""
        names = ", ".join(self.names) or "no name"
        return f"for {names}, issued by {self.issuer_name}, valid until {self.not_after:%Y-%m-%d}"


def _dns_match(pattern: str, host: str) -> bool:
    if pattern == host:
        return True
    if not pattern.startswith("*."):
        return False
    rest = pattern[2:]
    head, _, tail = host.partition(".")
    return bool(head) and tail == rest and "." in rest


# ---------------------------------------------------------------------- verification


def verify_problem(error: ssl.SSLCertVerificationError) -> str:
    """A short name for why OpenSSL refused a certificate (its verify code)."""
    return {
        9: "not-yet-valid",
        10: "expired",
        18: "self-signed",
        19: "self-signed-chain",
        20: "unknown-issuer",
        21: "unknown-issuer",
        62: "name-mismatch",
        64: "name-mismatch",
    }.get(getattr(error, "verify_code", 0) or 0, "refused")


class CertificateRefused(ssl.SSLCertVerificationError):
    """Raised inside the TLS handshake when a pinned connection's certificate fails the
    client's own checks; the client turns it into :class:`WhmCertificateError`."""

    def __init__(self, problem: str, message: str, seen: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.seen = seen
        self.verify_message = message


class _PinnedSSLObject(ssl.SSLObject):
    """Checks the pin right after the handshake, on asyncio and trio alike: both wrap
    their sockets with ``SSLContext.wrap_bio``, which makes one of these."""

    def do_handshake(self) -> None:
        super().do_handshake()
        pins: frozenset[str] = getattr(self.context, "whm_pins", frozenset())
        der = self.getpeercert(binary_form=True)
        if der is None:  # pragma: no cover - a TLS server always sends its certificate
            raise CertificateRefused("pin-mismatch", "the server sent no certificate", "")
        seen = fingerprint(der)
        if seen.replace(":", "").lower() not in pins:
            raise CertificateRefused(
                "pin-mismatch",
                f"the certificate's SHA-256 is {seen}, not the pinned one",
                seen,
            )
        try:
            problem = ServerCertificate.from_der(der).validity_problem()
        except WhmConfigError:
            problem = "its dates can't be read"
        if problem:
            raise CertificateRefused("expired", f"the pinned certificate is {problem}", seen)


def ssl_context(
    verify: bool | ssl.SSLContext,
    ca_bundle: str | os.PathLike[str] | None,
    pin_sha256: str | Iterable[str] | None = None,
) -> Any:
    """What ``WhmClient`` hands httpx as ``verify=``.

    - ``ca_bundle``: a context that trusts that file. Any certificate in it is a trust
      anchor, also one that is not a CA's (e.g. a server's own certificate, as
      ``whm-api trust`` writes it); host names are checked as usual.
    - ``pin_sha256``: the certificate must have that fingerprint (one of them, for a
      list). Alone, the pin takes the place of the chain to a trusted CA and of the host
      name check; the dates are still checked. With ``ca_bundle`` both apply.
    """
    if verify is not True and not isinstance(verify, ssl.SSLContext | bool):
        raise WhmConfigError("verify must be True, False or an ssl.SSLContext; use ca_bundle=")
    if ca_bundle is not None and not isinstance(ca_bundle, str | os.PathLike):
        raise WhmConfigError(f"ca_bundle is a PEM file's path, not {type(ca_bundle).__name__}")
    if ca_bundle is not None and verify is False:
        raise WhmConfigError("ca_bundle and verify=False contradict each other")
    if pin_sha256 is not None and verify is not True:
        raise WhmConfigError(
            "pin_sha256 goes with the client's own TLS settings: not with verify=False "
            "(which would check nothing) nor with your own SSLContext (check pins in it yourself)"
        )
    pins = pin_set(pin_sha256) if pin_sha256 is not None else None
    if ca_bundle is None and pins is None:
        return verify
    if ca_bundle is not None:
        try:
            context = ssl.create_default_context(cafile=os.fspath(ca_bundle))
        except (OSError, ssl.SSLError) as exc:
            raise WhmConfigError(f"can't load ca_bundle {os.fspath(ca_bundle)!r}: {exc}") from None
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    else:  # a pin alone: no CA is consulted, so none is loaded (~45 ms)
        context = _unverified_context()
    if pins is not None:
        context.whm_pins = pins  # type: ignore[attr-defined]
        context.sslobject_class = _PinnedSSLObject
    return context


def verification_cause(exc: BaseException | None) -> ssl.SSLCertVerificationError | None:
    """The certificate refusal anywhere in ``exc``'s chain of causes (through the first
    member of an exception group), or None."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc
        inner = exc.__cause__ or exc.__context__
        if inner is None and isinstance(exc, BaseExceptionGroup) and exc.exceptions:
            inner = exc.exceptions[0]
        exc = inner
    return None


def certificate_error(
    cause: BaseException | None, host: str, port: int | None, function: str | None
) -> WhmCertificateError | None:
    """The :class:`WhmCertificateError` for a failed connection, when a certificate was
    the reason (found anywhere in ``cause``'s chain); else None."""
    cause = verification_cause(cause)
    if cause is None:
        return None
    if isinstance(cause, CertificateRefused):
        problem, detail, seen_fp = cause.problem, cause.verify_message, cause.seen
    else:
        problem = verify_problem(cause)
        detail = str(getattr(cause, "verify_message", "") or cause)
        if getattr(cause, "reason", None):  # OpenSSL's name for it: CERTIFICATE_VERIFY_FAILED
            detail = f"{detail} ({cause.reason})"
        seen_fp = None
    where = f"{host}:{port}" if port else host
    fix = {
        "pin-mismatch": "if the server's certificate was replaced on purpose, check the new "
        f"one and pin it (`whm-api trust {where}` shows its fingerprint); otherwise "
        "something else answered",
        "expired": "the server needs a new certificate; then trust or pin the new one",
        "not-yet-valid": "the server's or this machine's clock is off",
        "name-mismatch": "connect by a name the certificate lists (`whm-api doctor` shows "
        "them), or pin the certificate",
    }.get(problem, f"to trust this server's own certificate: `whm-api trust {where}`")
    return WhmCertificateError(
        f"TLS: the certificate of {where} was refused: {detail}; {fix}",
        function=function,
        problem=problem,
        fingerprint=seen_fp,
    )


# ---------------------------------------------------------------------- fetching


def _unverified_context() -> ssl.SSLContext:
    """A client context that checks nothing itself (no CA store loaded: it would go unused)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


async def fetch_certificate(host: str, port: int) -> ServerCertificate:
    """The certificate ``host:port`` presents, fetched without verifying it (that is the
    point: to look at it). Raises :class:`WhmConnectError` when no TLS connection comes
    about (refused, a name that doesn't resolve, a port that doesn't speak TLS); bound
    the time with ``anyio.fail_after``."""
    import anyio
    from anyio.streams.tls import TLSAttribute

    where = f"[{host}]:{port}" if ":" in host.strip("[]") else f"{host}:{port}"
    try:
        stream = await anyio.connect_tcp(
            host,
            port,
            ssl_context=_unverified_context(),
            tls_hostname=host.strip("[]"),
            tls_standard_compatible=False,
        )
        async with stream:
            der = stream.extra(TLSAttribute.peer_certificate_binary)
    except (ssl.SSLError, anyio.BrokenResourceError, anyio.EndOfStream) as exc:
        detail = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
        raise WhmConnectError(
            f"no TLS handshake with {where} ({detail}): is the port serving HTTPS?"
        ) from None
    except OSError as exc:
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
        raise WhmConnectError(f"can't connect to {where}: {cause.strerror or cause}") from None
    if not der:  # pragma: no cover - a TLS server always sends its certificate
        raise WhmConnectError(f"{where} sent no certificate")
    return ServerCertificate.from_der(der)
