# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclManageDnsRecords = Literal[1]

SETACLS_ACL_MANAGE_DNS_RECORDS_VALUES: set[SetaclsAclManageDnsRecords] = {
    1,
}


def check_setacls_acl_manage_dns_records(value: int) -> SetaclsAclManageDnsRecords:
    if value in SETACLS_ACL_MANAGE_DNS_RECORDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_MANAGE_DNS_RECORDS_VALUES!r}")
