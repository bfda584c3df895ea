# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SuspendacctDisallowun = Literal[0, 1]

SUSPENDACCT_DISALLOWUN_VALUES: set[SuspendacctDisallowun] = {
    0,
    1,
}


def check_suspendacct_disallowun(value: int) -> SuspendacctDisallowun:
    if value in SUSPENDACCT_DISALLOWUN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUSPENDACCT_DISALLOWUN_VALUES!r}")
