# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UnsuspendacctRetainServiceProxies = Literal[0, 1]

UNSUSPENDACCT_RETAIN_SERVICE_PROXIES_VALUES: set[UnsuspendacctRetainServiceProxies] = {
    0,
    1,
}


def check_unsuspendacct_retain_service_proxies(value: int) -> UnsuspendacctRetainServiceProxies:
    if value in UNSUSPENDACCT_RETAIN_SERVICE_PROXIES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNSUSPENDACCT_RETAIN_SERVICE_PROXIES_VALUES!r}")
