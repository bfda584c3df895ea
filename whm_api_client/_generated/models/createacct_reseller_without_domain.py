# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateacctResellerWithoutDomain = Literal[0, 1]

CREATEACCT_RESELLER_WITHOUT_DOMAIN_VALUES: set[CreateacctResellerWithoutDomain] = {
    0,
    1,
}


def check_createacct_reseller_without_domain(value: int) -> CreateacctResellerWithoutDomain:
    if value in CREATEACCT_RESELLER_WITHOUT_DOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATEACCT_RESELLER_WITHOUT_DOMAIN_VALUES!r}")
