# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclKillDns = Literal[1]

SETACLS_ACL_KILL_DNS_VALUES: set[SetaclsAclKillDns] = {
    1,
}


def check_setacls_acl_kill_dns(value: int) -> SetaclsAclKillDns:
    if value in SETACLS_ACL_KILL_DNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_KILL_DNS_VALUES!r}")
