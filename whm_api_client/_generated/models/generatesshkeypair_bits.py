# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GeneratesshkeypairBits = Literal[1024, 2048, 4096]

GENERATESSHKEYPAIR_BITS_VALUES: set[GeneratesshkeypairBits] = {
    1024,
    2048,
    4096,
}


def check_generatesshkeypair_bits(value: int) -> GeneratesshkeypairBits:
    if value in GENERATESSHKEYPAIR_BITS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATESSHKEYPAIR_BITS_VALUES!r}")
