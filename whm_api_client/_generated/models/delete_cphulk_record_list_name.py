# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

DeleteCphulkRecordListName = Literal["black", "white"]

DELETE_CPHULK_RECORD_LIST_NAME_VALUES: set[DeleteCphulkRecordListName] = {
    "black",
    "white",
}


def check_delete_cphulk_record_list_name(value: str) -> DeleteCphulkRecordListName:
    if value in DELETE_CPHULK_RECORD_LIST_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_CPHULK_RECORD_LIST_NAME_VALUES!r}")
