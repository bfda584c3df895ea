# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclAddPkgIp = Literal[1]

SETACLS_ACL_ADD_PKG_IP_VALUES: set[SetaclsAclAddPkgIp] = {
    1,
}


def check_setacls_acl_add_pkg_ip(value: int) -> SetaclsAclAddPkgIp:
    if value in SETACLS_ACL_ADD_PKG_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_ADD_PKG_IP_VALUES!r}")
