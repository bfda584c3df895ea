# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DeletesshkeyLeaveAuthorized = Literal[0, 1]

DELETESSHKEY_LEAVE_AUTHORIZED_VALUES: set[DeletesshkeyLeaveAuthorized] = {
    0,
    1,
}


def check_deletesshkey_leave_authorized(value: int) -> DeletesshkeyLeaveAuthorized:
    if value in DELETESSHKEY_LEAVE_AUTHORIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETESSHKEY_LEAVE_AUTHORIZED_VALUES!r}")
