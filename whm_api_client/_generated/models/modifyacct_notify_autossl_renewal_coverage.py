# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAutosslRenewalCoverage = Literal[0, 1]

MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES: set[ModifyacctNotifyAutosslRenewalCoverage] = {
    0,
    1,
}


def check_modifyacct_notify_autossl_renewal_coverage(value: int) -> ModifyacctNotifyAutosslRenewalCoverage:
    if value in MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES!r}"
    )
