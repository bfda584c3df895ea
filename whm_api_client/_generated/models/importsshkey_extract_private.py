# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ImportsshkeyExtractPrivate = Literal[0, 1]

IMPORTSSHKEY_EXTRACT_PRIVATE_VALUES: set[ImportsshkeyExtractPrivate] = {
    0,
    1,
}


def check_importsshkey_extract_private(value: int) -> ImportsshkeyExtractPrivate:
    if value in IMPORTSSHKEY_EXTRACT_PRIVATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORTSSHKEY_EXTRACT_PRIVATE_VALUES!r}")
