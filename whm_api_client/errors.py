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
    ├── WhmHttpError             an HTTP status that isn't success (.status_code)
    │   ├── WhmAuthError         401/403: bad credentials or no access
    │   └── WhmServerError       5xx
    ├── WhmResponseError         a 2xx reply the client can't use
    │   ├── WhmLoginPageError    an HTML login or two-factor page instead of JSON
    │   ├── WhmReplyTooLargeError  over the client's max_response_bytes
    │   └── WhmSchemaError       ``data`` doesn't match the spec's type for it
    ├── WhmApiError              WHM answered ``metadata.result`` 0 (.reason, .metadata)
    │   └── WhmUapiError         a UAPI function run through WHM answered ``status`` 0 (.errors)
    └── WhmWaitError             a long operation didn't end well (.operation, .state)
        ├── WhmWaitTimeoutError  it hadn't ended when the waiter's timeout came
        └── WhmOperationFailedError  the server reported it failed or was aborted

Messages name the WHM function and never include credentials or the values
of arguments; only argument names ever appear.
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
    "WhmUnsupportedError",
    "WhmWaitError",
    "WhmWaitTimeoutError",
]


class WhmError(Exception):
    """Root of every exception raised by whm_api_client."""

    def __init__(self, message: str, *, function: str | None = None) -> None:
        self.function = function
        super().__init__(f"{function}: {message}" if function else message)


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

    ``hints`` lists the usual causes that fit a refusal (401, 403, 429), also appended to
    the message; empty when none does.
    """

    hints: tuple[str, ...] = ()

    def __init__(
        self, message: str, *, function: str | None = None, status_code: int, body_excerpt: str = ""
    ) -> None:
        self.status_code = status_code
        self.body_excerpt = body_excerpt
        super().__init__(message, function=function)


class WhmAuthError(WhmHttpError):
    """401 or 403: the credentials were refused or lack the privilege for this function."""


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
    """The reply's ``data`` doesn't have the type the spec declares; use ``call()`` for raw data."""


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
        super().__init__(reason or "the function failed and gave no reason", function=function)


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
