# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetCommerceAllowCommerce = Literal[0, 1]

SET_COMMERCE_ALLOW_COMMERCE_VALUES: set[SetCommerceAllowCommerce] = {
    0,
    1,
}


def check_set_commerce_allow_commerce(value: int) -> SetCommerceAllowCommerce:
    if value in SET_COMMERCE_ALLOW_COMMERCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_COMMERCE_ALLOW_COMMERCE_VALUES!r}")
