# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSerializedOutput = Literal[0, 1]

START_BACKGROUND_PKGACCT_SERIALIZED_OUTPUT_VALUES: set[StartBackgroundPkgacctSerializedOutput] = {
    0,
    1,
}


def check_start_background_pkgacct_serialized_output(value: int) -> StartBackgroundPkgacctSerializedOutput:
    if value in START_BACKGROUND_PKGACCT_SERIALIZED_OUTPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SERIALIZED_OUTPUT_VALUES!r}"
    )
