# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms")
_new_instance = object.__new__


@_attrs_define
class PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms:
    """
    Attributes:
        pm_max_children (int | Unset):
        pm_max_requests (int | Unset):
        pm_process_idle_timeout (int | Unset):
    """

    pm_max_children: int | Unset = UNSET
    pm_max_requests: int | Unset = UNSET
    pm_process_idle_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        pm_max_children = self.pm_max_children

        pm_max_requests = self.pm_max_requests

        pm_process_idle_timeout = self.pm_process_idle_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pm_max_children is not UNSET:
            field_dict["pm_max_children"] = pm_max_children
        if pm_max_requests is not UNSET:
            field_dict["pm_max_requests"] = pm_max_requests
        if pm_process_idle_timeout is not UNSET:
            field_dict["pm_process_idle_timeout"] = pm_process_idle_timeout

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pm_max_children = d.pop("pm_max_children", UNSET)
        if pm_max_children.__class__ is not int:
            pm_max_children = read_value(pm_max_children, "pm_max_children", "integer", False)

        pm_max_requests = d.pop("pm_max_requests", UNSET)
        if pm_max_requests.__class__ is not int:
            pm_max_requests = read_value(pm_max_requests, "pm_max_requests", "integer", False)

        pm_process_idle_timeout = d.pop("pm_process_idle_timeout", UNSET)
        if pm_process_idle_timeout.__class__ is not int:
            pm_process_idle_timeout = read_value(pm_process_idle_timeout, "pm_process_idle_timeout", "integer", False)

        php_get_vhost_versions_data_versions_item_php_fpm_pool_parms = _new_instance(cls)
        php_get_vhost_versions_data_versions_item_php_fpm_pool_parms.pm_max_children = pm_max_children
        php_get_vhost_versions_data_versions_item_php_fpm_pool_parms.pm_max_requests = pm_max_requests
        php_get_vhost_versions_data_versions_item_php_fpm_pool_parms.pm_process_idle_timeout = pm_process_idle_timeout

        php_get_vhost_versions_data_versions_item_php_fpm_pool_parms.additional_properties = dict(d) if d else {}
        return php_get_vhost_versions_data_versions_item_php_fpm_pool_parms

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
