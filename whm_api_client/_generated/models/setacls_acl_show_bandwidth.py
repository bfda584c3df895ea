# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclShowBandwidth = Literal[1]

SETACLS_ACL_SHOW_BANDWIDTH_VALUES: set[SetaclsAclShowBandwidth] = {
    1,
}


def check_setacls_acl_show_bandwidth(value: int) -> SetaclsAclShowBandwidth:
    if value in SETACLS_ACL_SHOW_BANDWIDTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_SHOW_BANDWIDTH_VALUES!r}")
