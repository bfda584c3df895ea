# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclAllowShell = Literal[0, 1]

SAVEACLLIST_ACL_ALLOW_SHELL_VALUES: set[SaveacllistAclAllowShell] = {
    0,
    1,
}


def check_saveacllist_acl_allow_shell(value: int) -> SaveacllistAclAllowShell:
    if value in SAVEACLLIST_ACL_ALLOW_SHELL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_ALLOW_SHELL_VALUES!r}")
