"""Async, typed client for cPanel & WHM's WHM API 1.

    from whm_api_client import ApiTokenAuth, Target, WhmClient

    async with WhmClient(Target.host("whm.example.com"), ApiTokenAuth("root", token)) as whm:
        forwards = await whm.get_user_email_forward_destination(user="bob")

Every function in the bundled WHM spec is a typed method of ``WhmClient``;
``WhmClient.call`` reaches any function by name.
"""

import os
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .auth import ApiTokenAuth, BasicAuth, SessionAuth, WhmAuth
from .client import DEFAULT_TIMEOUT, WhmClient, __version__
from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmCertificateError,
    WhmConfigError,
    WhmConnectError,
    WhmError,
    WhmHttpError,
    WhmLoginPageError,
    WhmOperationFailedError,
    WhmReplyTooLargeError,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
    WhmTimeoutError,
    WhmTransportError,
    WhmUapiError,
    WhmUnknownFunctionError,
    WhmUnsupportedError,
    WhmWaitError,
    WhmWaitTimeoutError,
)
from .targets import Target

if TYPE_CHECKING:
    from .batch import BatchResult
    from .certs import ServerCertificate, fetch_certificate
    from .doctor import Diagnosis, Finding, diagnose
    from .fleet import FleetHost, HostResult, WhmFleet
    from .meta import Chunk, ChunkInfo, Filter, FilterInfo, Meta, Sort, SortInfo
    from .observe import CallEvent, Hooks
    from .paging import Pages
    from .reconciliation import Reconciliation, reconcile
    from .retry import RetryPolicy
    from .versions import ServerInfo
    from .waiters import (
        Progress,
        wait_for_backup_skip_users,
        wait_for_pkgacct,
        wait_for_restore,
        wait_for_transfer,
    )

if os.environ.get("WHM_LOG"):  # WHM_LOG=debug|info|warning: the library's log to stderr
    from .observe import log_from_env

    log_from_env()

# Loaded on first use, to keep `import whm_api_client` cheap (paging needs anyio: ~15 ms).
_LAZY = {
    "BatchResult": "batch",
    "CallEvent": "observe",
    "Chunk": "meta",
    "ChunkInfo": "meta",
    "Filter": "meta",
    "FilterInfo": "meta",
    "Meta": "meta",
    "Sort": "meta",
    "SortInfo": "meta",
    "Hooks": "observe",
    "Pages": "paging",
    "FleetHost": "fleet",
    "HostResult": "fleet",
    "WhmFleet": "fleet",
    "RetryPolicy": "retry",
    "ServerCertificate": "certs",
    "fetch_certificate": "certs",
    "Diagnosis": "doctor",
    "Finding": "doctor",
    "diagnose": "doctor",
    "Progress": "waiters",
    "wait_for_backup_skip_users": "waiters",
    "wait_for_pkgacct": "waiters",
    "wait_for_restore": "waiters",
    "wait_for_transfer": "waiters",
    "Reconciliation": "reconciliation",
    "reconcile": "reconciliation",
    "ServerInfo": "versions",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiTokenAuth",
    "BasicAuth",
    "BatchResult",
    "CallEvent",
    "Chunk",
    "ChunkInfo",
    "Diagnosis",
    "Filter",
    "FilterInfo",
    "Finding",
    "FleetHost",
    "Hooks",
    "HostResult",
    "Meta",
    "Pages",
    "Progress",
    "Reconciliation",
    "RetryPolicy",
    "ServerCertificate",
    "ServerInfo",
    "SessionAuth",
    "Sort",
    "SortInfo",
    "Target",
    "WhmApiError",
    "WhmAuth",
    "WhmAuthError",
    "WhmCertificateError",
    "WhmClient",
    "WhmConfigError",
    "WhmConnectError",
    "WhmError",
    "WhmFleet",
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
    "__version__",
    "diagnose",
    "fetch_certificate",
    "reconcile",
    "wait_for_backup_skip_users",
    "wait_for_pkgacct",
    "wait_for_restore",
    "wait_for_transfer",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
