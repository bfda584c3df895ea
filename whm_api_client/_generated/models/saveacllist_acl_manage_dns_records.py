# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclManageDnsRecords = Literal[0, 1]

SAVEACLLIST_ACL_MANAGE_DNS_RECORDS_VALUES: set[SaveacllistAclManageDnsRecords] = {
    0,
    1,
}


def check_saveacllist_acl_manage_dns_records(value: int) -> SaveacllistAclManageDnsRecords:
    if value in SAVEACLLIST_ACL_MANAGE_DNS_RECORDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_MANAGE_DNS_RECORDS_VALUES!r}")
