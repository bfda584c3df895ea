# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclSslInfo = Literal[1]

SETACLS_ACL_SSL_INFO_VALUES: set[SetaclsAclSslInfo] = {
    1,
}


def check_setacls_acl_ssl_info(value: int) -> SetaclsAclSslInfo:
    if value in SETACLS_ACL_SSL_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SSL_INFO_VALUES!r}")
