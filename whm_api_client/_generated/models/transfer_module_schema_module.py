# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

TransferModuleSchemaModule = Literal[
    "AccountLocal",
    "AccountRemoteRoot",
    "AccountRemoteUser",
    "FeaturesListRemoteRoot",
    "LegacyAccountBackup",
    "PackageRemoteRoot",
]

TRANSFER_MODULE_SCHEMA_MODULE_VALUES: set[TransferModuleSchemaModule] = {
    "AccountLocal",
    "AccountRemoteRoot",
    "AccountRemoteUser",
    "FeaturesListRemoteRoot",
    "LegacyAccountBackup",
    "PackageRemoteRoot",
}


def check_transfer_module_schema_module(value: str) -> TransferModuleSchemaModule:
    if value in TRANSFER_MODULE_SCHEMA_MODULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_MODULE_SCHEMA_MODULE_VALUES!r}")
