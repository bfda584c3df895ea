# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GeneratesshkeypairAlgorithm = Literal["dsa", "rsa2"]

GENERATESSHKEYPAIR_ALGORITHM_VALUES: set[GeneratesshkeypairAlgorithm] = {
    "dsa",
    "rsa2",
}


def check_generatesshkeypair_algorithm(value: str) -> GeneratesshkeypairAlgorithm:
    if value in GENERATESSHKEYPAIR_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATESSHKEYPAIR_ALGORITHM_VALUES!r}")
