# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclNameserverConfig = Literal[1]

SETACLS_ACL_NAMESERVER_CONFIG_VALUES: set[SetaclsAclNameserverConfig] = {
    1,
}


def check_setacls_acl_nameserver_config(value: int) -> SetaclsAclNameserverConfig:
    if value in SETACLS_ACL_NAMESERVER_CONFIG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_NAMESERVER_CONFIG_VALUES!r}")
