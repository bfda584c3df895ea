# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetreselleripsDelegate = Literal[1]

SETRESELLERIPS_DELEGATE_VALUES: set[SetreselleripsDelegate] = {
    1,
}


def check_setresellerips_delegate(value: int) -> SetreselleripsDelegate:
    if value in SETRESELLERIPS_DELEGATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERIPS_DELEGATE_VALUES!r}")
