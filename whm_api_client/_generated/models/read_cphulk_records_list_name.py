# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ReadCphulkRecordsListName = Literal["black", "white"]

READ_CPHULK_RECORDS_LIST_NAME_VALUES: set[ReadCphulkRecordsListName] = {
    "black",
    "white",
}


def check_read_cphulk_records_list_name(value: str) -> ReadCphulkRecordsListName:
    if value in READ_CPHULK_RECORDS_LIST_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_CPHULK_RECORDS_LIST_NAME_VALUES!r}")
