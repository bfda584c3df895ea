# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveacllistAclClustering = Literal[0, 1]

SAVEACLLIST_ACL_CLUSTERING_VALUES: set[SaveacllistAclClustering] = {
    0,
    1,
}


def check_saveacllist_acl_clustering(value: int) -> SaveacllistAclClustering:
    if value in SAVEACLLIST_ACL_CLUSTERING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVEACLLIST_ACL_CLUSTERING_VALUES!r}")
