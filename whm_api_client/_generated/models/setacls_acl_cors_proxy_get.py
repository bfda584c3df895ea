# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclCorsProxyGet = Literal[1]

SETACLS_ACL_CORS_PROXY_GET_VALUES: set[SetaclsAclCorsProxyGet] = {
    1,
}


def check_setacls_acl_cors_proxy_get(value: int) -> SetaclsAclCorsProxyGet:
    if value in SETACLS_ACL_CORS_PROXY_GET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CORS_PROXY_GET_VALUES!r}")
