# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.nginxmanager_get_cache_config_system_data_default import NginxmanagerGetCacheConfigSystemDataDefault
    from ..models.nginxmanager_get_cache_config_system_data_system import NginxmanagerGetCacheConfigSystemDataSystem


T = TypeVar("T", bound="NginxmanagerGetCacheConfigSystemData")
_new_instance = object.__new__


@_attrs_define
class NginxmanagerGetCacheConfigSystemData:
    """
    Attributes:
        default (NginxmanagerGetCacheConfigSystemDataDefault | Unset):
        system (NginxmanagerGetCacheConfigSystemDataSystem | Unset):
    """

    default: NginxmanagerGetCacheConfigSystemDataDefault | Unset = UNSET
    system: NginxmanagerGetCacheConfigSystemDataSystem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        system: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system, Unset):
            system = self.system.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _default = d.pop("default", UNSET)
        default: NginxmanagerGetCacheConfigSystemDataDefault | Unset
        if _default.__class__ is not dict:
            _default = read_object(_default, "default", False)
        default = UNSET if _default is UNSET else NginxmanagerGetCacheConfigSystemDataDefault.from_dict(_default)

        _system = d.pop("system", UNSET)
        system: NginxmanagerGetCacheConfigSystemDataSystem | Unset
        if _system.__class__ is not dict:
            _system = read_object(_system, "system", False)
        system = UNSET if _system is UNSET else NginxmanagerGetCacheConfigSystemDataSystem.from_dict(_system)

        nginxmanager_get_cache_config_system_data = _new_instance(cls)
        nginxmanager_get_cache_config_system_data.default = default
        nginxmanager_get_cache_config_system_data.system = system

        nginxmanager_get_cache_config_system_data.additional_properties = dict(d) if d else {}
        return nginxmanager_get_cache_config_system_data

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


from ..models.nginxmanager_get_cache_config_system_data_default import NginxmanagerGetCacheConfigSystemDataDefault  # noqa: E402
from ..models.nginxmanager_get_cache_config_system_data_system import NginxmanagerGetCacheConfigSystemDataSystem  # noqa: E402
