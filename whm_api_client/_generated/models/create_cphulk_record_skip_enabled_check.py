# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateCphulkRecordSkipEnabledCheck = Literal[0, 1]

CREATE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES: set[CreateCphulkRecordSkipEnabledCheck] = {
    0,
    1,
}


def check_create_cphulk_record_skip_enabled_check(value: int) -> CreateCphulkRecordSkipEnabledCheck:
    if value in CREATE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES!r}")
