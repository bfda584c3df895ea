# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_fpm_config_get_data_config_item import PhpFpmConfigGetDataConfigItem


T = TypeVar("T", bound="PhpFpmConfigGetData")


@_attrs_define
class PhpFpmConfigGetData:
    """
    Attributes:
        config (list[PhpFpmConfigGetDataConfigItem] | Unset):
    """

    config: list[PhpFpmConfigGetDataConfigItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: list[PhpFpmConfigGetDataConfigItem] | Unset = UNSET
        if _config is not None and not isinstance(_config, Unset):  # null reads as UNSET
            if not isinstance(_config, list):
                raise TypeError(f"field config: expected array, got {type(_config).__name__}")
            config = []
            for config_item_data in _config:
                _config_item = config_item_data
                if not isinstance(_config_item, dict):
                    raise TypeError(f"field config_item: expected object, got {type(_config_item).__name__}")
                config_item = PhpFpmConfigGetDataConfigItem.from_dict(_config_item)

                config.append(config_item)

        php_fpm_config_get_data = cls(
            config=config,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_fpm_config_get_data.additional_properties = additional_properties
        return php_fpm_config_get_data

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


from ..models.php_fpm_config_get_data_config_item import PhpFpmConfigGetDataConfigItem  # noqa: E402
