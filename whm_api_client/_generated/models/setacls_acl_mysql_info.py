# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclMysqlInfo = Literal[1]

SETACLS_ACL_MYSQL_INFO_VALUES: set[SetaclsAclMysqlInfo] = {
    1,
}


def check_setacls_acl_mysql_info(value: int) -> SetaclsAclMysqlInfo:
    if value in SETACLS_ACL_MYSQL_INFO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MYSQL_INFO_VALUES!r}")
