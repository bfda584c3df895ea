# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerlimitsEnablePackageLimitNumbers = Literal[0, 1]

SETRESELLERLIMITS_ENABLE_PACKAGE_LIMIT_NUMBERS_VALUES: set[SetresellerlimitsEnablePackageLimitNumbers] = {
    0,
    1,
}


def check_setresellerlimits_enable_package_limit_numbers(value: int) -> SetresellerlimitsEnablePackageLimitNumbers:
    if value in SETRESELLERLIMITS_ENABLE_PACKAGE_LIMIT_NUMBERS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETRESELLERLIMITS_ENABLE_PACKAGE_LIMIT_NUMBERS_VALUES!r}"
    )
