# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnableAccountLimit = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_ACCOUNT_LIMIT_VALUES: set[SetresellerlimitsEnableAccountLimit] = {
    0,
    1,
}


def check_setresellerlimits_enable_account_limit(value: int) -> SetresellerlimitsEnableAccountLimit:
    if value in SETRESELLERLIMITS_ENABLE_ACCOUNT_LIMIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_ACCOUNT_LIMIT_VALUES!r}")
