# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclMysqlInfo = Literal[0, 1]

SAVEACLLIST_ACL_MYSQL_INFO_VALUES: set[SaveacllistAclMysqlInfo] = {
    0,
    1,
}


def check_saveacllist_acl_mysql_info(value: int) -> SaveacllistAclMysqlInfo:
    if value in SAVEACLLIST_ACL_MYSQL_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MYSQL_INFO_VALUES!r}")
