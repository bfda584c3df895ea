# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_cphulk_config_key_data_cphulk_config import SetCphulkConfigKeyDataCphulkConfig


T = TypeVar("T", bound="SetCphulkConfigKeyData")


@_attrs_define
class SetCphulkConfigKeyData:
    """
    Attributes:
        cphulk_config (SetCphulkConfigKeyDataCphulkConfig | Unset):
    """

    cphulk_config: SetCphulkConfigKeyDataCphulkConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cphulk_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cphulk_config, Unset):
            cphulk_config = self.cphulk_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cphulk_config is not UNSET:
            field_dict["cphulk_config"] = cphulk_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cphulk_config = d.pop("cphulk_config", UNSET)
        cphulk_config: SetCphulkConfigKeyDataCphulkConfig | Unset
        if _cphulk_config is None or isinstance(_cphulk_config, Unset):  # null reads as UNSET
            cphulk_config = UNSET
        else:
            if not isinstance(_cphulk_config, dict):
                raise TypeError(f"field cphulk_config: expected object, got {type(_cphulk_config).__name__}")
            cphulk_config = SetCphulkConfigKeyDataCphulkConfig.from_dict(_cphulk_config)

        set_cphulk_config_key_data = cls(
            cphulk_config=cphulk_config,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_cphulk_config_key_data.additional_properties = additional_properties
        return set_cphulk_config_key_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.set_cphulk_config_key_data_cphulk_config import SetCphulkConfigKeyDataCphulkConfig  # noqa: E402
