# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetaclsAclClustering = Literal[1]

SETACLS_ACL_CLUSTERING_VALUES: set[SetaclsAclClustering] = {
    1,
}


def check_setacls_acl_clustering(value: int) -> SetaclsAclClustering:
    if value in SETACLS_ACL_CLUSTERING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETACLS_ACL_CLUSTERING_VALUES!r}")
