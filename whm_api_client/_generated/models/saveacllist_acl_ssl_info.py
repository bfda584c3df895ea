# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclSslInfo = Literal[0, 1]

SAVEACLLIST_ACL_SSL_INFO_VALUES: set[SaveacllistAclSslInfo] = {
    0,
    1,
}


def check_saveacllist_acl_ssl_info(value: int) -> SaveacllistAclSslInfo:
    if value in SAVEACLLIST_ACL_SSL_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_SSL_INFO_VALUES!r}")
