# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateCphulkRecordListName = Literal["black", "white"]

CREATE_CPHULK_RECORD_LIST_NAME_VALUES: set[CreateCphulkRecordListName] = {
    "black",
    "white",
}


def check_create_cphulk_record_list_name(value: str) -> CreateCphulkRecordListName:
    if value in CREATE_CPHULK_RECORD_LIST_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CPHULK_RECORD_LIST_NAME_VALUES!r}")
