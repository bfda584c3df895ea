# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ReadCphulkRecordsSkipEnabledCheck = Literal[0, 1]

READ_CPHULK_RECORDS_SKIP_ENABLED_CHECK_VALUES: set[ReadCphulkRecordsSkipEnabledCheck] = {
    0,
    1,
}


def check_read_cphulk_records_skip_enabled_check(value: int) -> ReadCphulkRecordsSkipEnabledCheck:
    if value in READ_CPHULK_RECORDS_SKIP_ENABLED_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_CPHULK_RECORDS_SKIP_ENABLED_CHECK_VALUES!r}")
