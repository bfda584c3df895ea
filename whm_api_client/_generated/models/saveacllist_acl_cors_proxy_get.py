# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclCorsProxyGet = Literal[0, 1]

SAVEACLLIST_ACL_CORS_PROXY_GET_VALUES: set[SaveacllistAclCorsProxyGet] = {
    0,
    1,
}


def check_saveacllist_acl_cors_proxy_get(value: int) -> SaveacllistAclCorsProxyGet:
    if value in SAVEACLLIST_ACL_CORS_PROXY_GET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CORS_PROXY_GET_VALUES!r}")
