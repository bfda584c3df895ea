# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

GeneratesshkeypairAbortOnExistingKey = Literal[0, 1]

GENERATESSHKEYPAIR_ABORT_ON_EXISTING_KEY_VALUES: set[GeneratesshkeypairAbortOnExistingKey] = {
    0,
    1,
}


def check_generatesshkeypair_abort_on_existing_key(value: int) -> GeneratesshkeypairAbortOnExistingKey:
    if value in GENERATESSHKEYPAIR_ABORT_ON_EXISTING_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATESSHKEYPAIR_ABORT_ON_EXISTING_KEY_VALUES!r}")
