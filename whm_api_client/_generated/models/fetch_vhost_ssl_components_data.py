# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.fetch_vhost_ssl_components_data_components_item import FetchVhostSslComponentsDataComponentsItem


T = TypeVar("T", bound="FetchVhostSslComponentsData")
_new_instance = object.__new__


@_attrs_define
class FetchVhostSslComponentsData:
    """
    Attributes:
        components (list[FetchVhostSslComponentsDataComponentsItem] | Unset):
    """

    components: list[FetchVhostSslComponentsDataComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        if _components.__class__ is not list:
            _components = read_list(_components, "components", False)
        components: list[FetchVhostSslComponentsDataComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                _components_item = components_item_data
                if _components_item.__class__ is not dict:
                    _components_item = read_object(_components_item, "components_item", True)
                components_item = FetchVhostSslComponentsDataComponentsItem.from_dict(_components_item)

                components.append(components_item)

        fetch_vhost_ssl_components_data = _new_instance(cls)
        fetch_vhost_ssl_components_data.components = components

        fetch_vhost_ssl_components_data.additional_properties = dict(d) if d else {}
        return fetch_vhost_ssl_components_data

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


from ..models.fetch_vhost_ssl_components_data_components_item import FetchVhostSslComponentsDataComponentsItem  # noqa: E402
