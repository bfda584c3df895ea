# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclStats = Literal[1]

SETACLS_ACL_STATS_VALUES: set[SetaclsAclStats] = {
    1,
}


def check_setacls_acl_stats(value: int) -> SetaclsAclStats:
    if value in SETACLS_ACL_STATS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_STATS_VALUES!r}")
