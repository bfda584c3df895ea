# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.php_fpm_config_get_data_config_item import PhpFpmConfigGetDataConfigItem


T = TypeVar("T", bound="PhpFpmConfigGetData")
_new_instance = object.__new__


@_attrs_define
class PhpFpmConfigGetData:
    """
    Attributes:
        config (list[PhpFpmConfigGetDataConfigItem] | Unset):
    """

    config: list[PhpFpmConfigGetDataConfigItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        if _config.__class__ is not list:
            _config = read_list(_config, "config", False)
        config: list[PhpFpmConfigGetDataConfigItem] | Unset = UNSET
        if _config is not UNSET:
            config = []
            for config_item_data in _config:
                _config_item = config_item_data
                if _config_item.__class__ is not dict:
                    _config_item = read_object(_config_item, "config_item", True)
                config_item = PhpFpmConfigGetDataConfigItem.from_dict(_config_item)

                config.append(config_item)

        php_fpm_config_get_data = _new_instance(cls)
        php_fpm_config_get_data.config = config

        php_fpm_config_get_data.additional_properties = dict(d) if d else {}
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
