# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MetadataResultType0 = Literal[0, 1]

METADATA_RESULT_TYPE_0_VALUES: set[MetadataResultType0] = {
    0,
    1,
}


def check_metadata_result_type_0(value: int) -> MetadataResultType0:
    if value in METADATA_RESULT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_RESULT_TYPE_0_VALUES!r}")
