# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DeleteCphulkRecordSkipEnabledCheck = Literal[0, 1]

DELETE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES: set[DeleteCphulkRecordSkipEnabledCheck] = {
    0,
    1,
}


def check_delete_cphulk_record_skip_enabled_check(value: int) -> DeleteCphulkRecordSkipEnabledCheck:
    if value in DELETE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_CPHULK_RECORD_SKIP_ENABLED_CHECK_VALUES!r}")
