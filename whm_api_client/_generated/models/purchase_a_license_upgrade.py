# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PurchaseALicenseUpgrade = Literal[0, 1]

PURCHASE_A_LICENSE_UPGRADE_VALUES: set[PurchaseALicenseUpgrade] = {
    0,
    1,
}


def check_purchase_a_license_upgrade(value: int) -> PurchaseALicenseUpgrade:
    if value in PURCHASE_A_LICENSE_UPGRADE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_A_LICENSE_UPGRADE_VALUES!r}")
