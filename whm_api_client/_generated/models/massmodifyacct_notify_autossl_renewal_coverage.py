# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyAutosslRenewalCoverage = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES: set[MassmodifyacctNotifyAutosslRenewalCoverage] = {
    0,
    1,
}


def check_massmodifyacct_notify_autossl_renewal_coverage(value: int) -> MassmodifyacctNotifyAutosslRenewalCoverage:
    if value in MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_COVERAGE_VALUES!r}"
    )
