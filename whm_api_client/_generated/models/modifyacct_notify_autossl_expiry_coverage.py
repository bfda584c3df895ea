# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAutosslExpiryCoverage = Literal[0, 1]

MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_COVERAGE_VALUES: set[ModifyacctNotifyAutosslExpiryCoverage] = {
    0,
    1,
}


def check_modifyacct_notify_autossl_expiry_coverage(value: int) -> ModifyacctNotifyAutosslExpiryCoverage:
    if value in MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_COVERAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_COVERAGE_VALUES!r}")
