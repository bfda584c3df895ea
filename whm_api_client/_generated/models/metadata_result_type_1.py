# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MetadataResultType1 = Literal["0", "1"]

METADATA_RESULT_TYPE_1_VALUES: set[MetadataResultType1] = {
    "0",
    "1",
}


def check_metadata_result_type_1(value: str) -> MetadataResultType1:
    if value in METADATA_RESULT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_RESULT_TYPE_1_VALUES!r}")
