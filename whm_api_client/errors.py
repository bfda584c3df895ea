"""The exceptions this library raises, and only these.

Every failure a caller can meet is a ``WhmError``; the tree says what went wrong::

    WhmError
    ├── WhmConfigError           bad arguments or settings, found before anything is sent
    │   └── WhmUnsupportedError  the server's version predates the function (.since_version)
    ├── WhmTransportError        no usable HTTP exchange (.function)
    │   ├── WhmConnectError      refused, reset, DNS, TLS
    │   │   └── WhmCertificateError  the certificate was refused: unknown issuer, self-signed,
    │   │                            wrong name, expired, not the pinned one (.problem)
    │   └── WhmTimeoutError      connect, read, write or pool timeout
    ├── WhmHttpError             an HTTP status that isn't success (.status_code, .reason)
    │   ├── WhmAuthError         401/403: bad credentials, no access, a refused login
    │   └── WhmServerError       5xx, e.g. cpsrvd's "Internal Error (ID n)"
    ├── WhmResponseError         a 2xx reply the client can't use
    │   ├── WhmLoginPageError    an HTML login or two-factor page instead of JSON
    │   ├── WhmReplyTooLargeError  over the client's max_response_bytes
    │   └── WhmSchemaError       ``data`` doesn't match the spec's type (.metadata, .data)
    ├── WhmApiError              WHM answered ``metadata.result`` 0 (.reason, .metadata, .data)
    │   ├── WhmUnknownFunctionError  the server doesn't know the function (.since_version,
    │   │                            .server_version when the client knows it)
    │   └── WhmUapiError         a UAPI function run through WHM answered ``status`` 0 (.errors)
    └── WhmWaitError             a long operation didn't end well (.operation, .state)
        ├── WhmWaitTimeoutError  it hadn't ended when the waiter's timeout came
        └── WhmOperationFailedError  the server reported it failed or was aborted

Messages name the WHM function and never include credentials or the values
of arguments; only argument names ever appear. Every exception pickles with its
type, message and attributes, so it can cross process pools and task queues.
See docs/guide/errors.md for what each carries and when it happens.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "WhmApiError",
    "WhmAuthError",
    "WhmCertificateError",
    "WhmConfigError",
    "WhmConnectError",
    "WhmError",
    "WhmHttpError",
    "WhmLoginPageError",
    "WhmOperationFailedError",
    "WhmReplyTooLargeError",
    "WhmResponseError",
    "WhmSchemaError",
    "WhmServerError",
    "WhmTimeoutError",
    "WhmTransportError",
    "WhmUapiError",
    "WhmUnknownFunctionError",
    "WhmUnsupportedError",
    "WhmWaitError",
    "WhmWaitTimeoutError",
]


def _rebuild(cls: type[WhmError], args: tuple[Any, ...]) -> WhmError:
    """Unpickle without calling ``__init__`` (whose keyword-only signature pickle can't
    replay); the attributes come back from the pickled ``__dict__``."""
    error = cls.__new__(cls)
    error.args = args
    return error


class WhmError(Exception):
    """Root of every exception raised by whm_api_client."""

    def __init__(self, message: str, *, function: str | None = None) -> None:
        self.function = function
        super().__init__(f"{function}: {message}" if function else message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Covers every subclass, whatever its __init__ takes: type, message, attributes.
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


class WhmConfigError(WhmError, ValueError):
    """Invalid client settings or call arguments; nothing was sent."""


class WhmUnsupportedError(WhmConfigError):
    """The function is newer than the server: the bundled spec says it came with WHM
    ``since_version`` and the server runs ``server_version``. Nothing was sent."""

    def __init__(
        self, message: str, *, function: str | None, since_version: str, server_version: str
    ) -> None:
        self.since_version = since_version
        self.server_version = server_version
        super().__init__(message, function=function)


class WhmTransportError(WhmError):
    """The request didn't complete at the HTTP level.

    For a function that changes state this does not mean nothing happened:
    the server may have received and carried out the call.
    """


class WhmConnectError(WhmTransportError):
    """Connecting failed: refused, reset, name resolution or TLS verification."""


class WhmCertificateError(WhmConnectError):
    """The server's TLS certificate was refused, so nothing was sent.

    ``problem`` says why: ``unknown-issuer``, ``self-signed``, ``self-signed-chain``,
    ``name-mismatch``, ``expired``, ``not-yet-valid``, ``pin-mismatch`` or ``refused``;
    ``fingerprint`` is the SHA-256 of the certificate seen, when a pin check saw it.
    """

    def __init__(
        self,
        message: str,
        *,
        function: str | None = None,
        problem: str = "refused",
        fingerprint: str | None = None,
    ) -> None:
        self.problem = problem
        self.fingerprint = fingerprint
        super().__init__(message, function=function)


class WhmTimeoutError(WhmTransportError):
    """A connect, read, write or pool timeout expired."""


class WhmHttpError(WhmError):
    """The server answered with an HTTP status that isn't a success.

    ``reason`` is the server's own words (from its JSON, its text, or the status line);
    ``body_excerpt`` the start of the body, secrets redacted; ``hints`` the usual causes
    that fit a refusal (401, 403, 429), also appended to the message, or empty.
    """

    hints: tuple[str, ...] = ()

    def __init__(
        self,
        message: str,
        *,
        function: str | None = None,
        status_code: int,
        body_excerpt: str = "",
        reason: str = "",
    ) -> None:
        self.status_code = status_code
        self.body_excerpt = body_excerpt
        self.reason = reason
        super().__init__(message, function=function)


class WhmAuthError(WhmHttpError):
    """401 or 403: the credentials were refused or lack the privilege for this function,
    or a session login was refused. The library never repeats a refused login."""


class WhmServerError(WhmHttpError):
    """5xx: the server failed. A mutating call may still have taken effect."""


class WhmResponseError(WhmError):
    """A successful HTTP reply that isn't a usable WHM API 1 envelope."""

    def __init__(
        self, message: str, *, function: str | None = None, status_code: int = 200
    ) -> None:
        self.status_code = status_code
        super().__init__(message, function=function)


class WhmLoginPageError(WhmResponseError):
    """cpsrvd sent its HTML login (or two-factor) page: the session expired or auth was refused."""


class WhmReplyTooLargeError(WhmResponseError):
    """The reply body exceeded the client's ``max_response_bytes``."""


class WhmSchemaError(WhmResponseError):
    """The reply's ``data`` doesn't have the type the spec declares.

    The call itself succeeded (``metadata.result`` 1): the reply is kept whole, as
    ``metadata`` and the raw ``data``, so the outcome of a call that changed state is
    not lost.
    """

    def __init__(
        self,
        message: str,
        *,
        function: str | None = None,
        metadata: dict[str, Any] | None = None,
        data: Any = None,
        status_code: int = 200,
    ) -> None:
        self.metadata = metadata or {}
        self.data = data
        super().__init__(message, function=function, status_code=status_code)


class WhmApiError(WhmError):
    """WHM ran the function and reported failure (``metadata.result`` = 0)."""

    def __init__(
        self,
        reason: str,
        *,
        function: str | None,
        command: str | None = None,
        metadata: dict[str, Any] | None = None,
        data: Any = None,
        status_code: int = 200,
    ) -> None:
        self.reason = reason
        self.command = command or function
        self.metadata = metadata or {}
        self.data = data
        self.status_code = status_code
        super().__init__(self._message(), function=function)

    def _message(self) -> str:
        return self.reason or "the function failed and gave no reason"


class WhmUnknownFunctionError(WhmApiError):
    """The server doesn't know the function (``Unknown app ("NAME") requested ...``).

    ``name`` is the function it named; ``since_version`` the WHM version the bundled
    spec says added it (the server may be older), or None when the spec doesn't know
    it either; ``server_version`` the server's version when the client knows it.
    """

    def __init__(
        self,
        reason: str,
        *,
        function: str | None,
        name: str,
        since_version: str | None = None,
        server_version: str | None = None,
        command: str | None = None,
        metadata: dict[str, Any] | None = None,
        data: Any = None,
        status_code: int = 200,
    ) -> None:
        self.name = name
        self.since_version = since_version
        self.server_version = server_version
        super().__init__(
            reason,
            function=function,
            command=command,
            metadata=metadata,
            data=data,
            status_code=status_code,
        )

    def _message(self) -> str:
        if self.since_version and self.server_version:
            hint = (
                f"the server runs WHM {self.server_version}, and {self.name} came with WHM "
                f"{self.since_version} according to the bundled spec"
            )
        elif self.since_version:
            hint = (
                f"the server may predate {self.name}, which came with WHM "
                f"{self.since_version} according to the bundled spec"
            )
        else:
            hint = f"the bundled spec doesn't know {self.name} either: check the name"
        return f"{super()._message()} ({hint})"


class WhmUapiError(WhmApiError):
    """A cPanel UAPI function run through WHM (``uapi()``) reported ``status`` 0."""

    def __init__(self, reason: str, *, function: str, errors: list[str], data: Any = None) -> None:
        self.errors = errors
        super().__init__(reason, function=function, command=function, data=data)


class WhmWaitError(WhmError):
    """A waited-for background operation (a transfer, a restore, a pkgacct) didn't end
    well. ``operation`` names it; ``state`` is the last state the server reported."""

    def __init__(
        self, message: str, *, function: str | None = None, operation: str, state: Any = None
    ) -> None:
        self.operation = operation
        self.state = state
        super().__init__(message, function=function)


class WhmWaitTimeoutError(WhmWaitError):
    """The operation hadn't ended when the waiter's timeout came; it may still be running."""


class WhmOperationFailedError(WhmWaitError):
    """The server reported that the operation failed or was aborted."""
