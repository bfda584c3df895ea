# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetEcommerceAllowEcommerce = Literal[0, 1]

SET_ECOMMERCE_ALLOW_ECOMMERCE_VALUES: set[SetEcommerceAllowEcommerce] = {
    0,
    1,
}


def check_set_ecommerce_allow_ecommerce(value: int) -> SetEcommerceAllowEcommerce:
    if value in SET_ECOMMERCE_ALLOW_ECOMMERCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_ECOMMERCE_ALLOW_ECOMMERCE_VALUES!r}")
