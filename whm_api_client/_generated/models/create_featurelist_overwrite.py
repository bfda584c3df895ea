# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

CreateFeaturelistOverwrite = Literal[0, 1]

CREATE_FEATURELIST_OVERWRITE_VALUES: set[CreateFeaturelistOverwrite] = {
    0,
    1,
}


def check_create_featurelist_overwrite(value: int) -> CreateFeaturelistOverwrite:
    if value in CREATE_FEATURELIST_OVERWRITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FEATURELIST_OVERWRITE_VALUES!r}")
