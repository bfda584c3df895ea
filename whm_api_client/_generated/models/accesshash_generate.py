# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AccesshashGenerate = Literal[0, 1]

ACCESSHASH_GENERATE_VALUES: set[AccesshashGenerate] = {
    0,
    1,
}


def check_accesshash_generate(value: int) -> AccesshashGenerate:
    if value in ACCESSHASH_GENERATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCESSHASH_GENERATE_VALUES!r}")
