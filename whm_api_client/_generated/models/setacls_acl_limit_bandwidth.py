# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclLimitBandwidth = Literal[1]

SETACLS_ACL_LIMIT_BANDWIDTH_VALUES: set[SetaclsAclLimitBandwidth] = {
    1,
}


def check_setacls_acl_limit_bandwidth(value: int) -> SetaclsAclLimitBandwidth:
    if value in SETACLS_ACL_LIMIT_BANDWIDTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_LIMIT_BANDWIDTH_VALUES!r}")
