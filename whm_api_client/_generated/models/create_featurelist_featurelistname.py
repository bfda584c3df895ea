# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateFeaturelistFeaturelistname = Literal[0, 1]

CREATE_FEATURELIST_FEATURELISTNAME_VALUES: set[CreateFeaturelistFeaturelistname] = {
    0,
    1,
}


def check_create_featurelist_featurelistname(value: int) -> CreateFeaturelistFeaturelistname:
    if value in CREATE_FEATURELIST_FEATURELISTNAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FEATURELIST_FEATURELISTNAME_VALUES!r}")
