# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_vhost_ssl_components_data_components_item import FetchVhostSslComponentsDataComponentsItem


T = TypeVar("T", bound="FetchVhostSslComponentsData")


@_attrs_define
class FetchVhostSslComponentsData:
    """
    Attributes:
        components (list[FetchVhostSslComponentsDataComponentsItem] | Unset):
    """

    components: list[FetchVhostSslComponentsDataComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[FetchVhostSslComponentsDataComponentsItem] | Unset = UNSET
        if _components is not None and not isinstance(_components, Unset):  # null reads as UNSET
            if not isinstance(_components, list):
                raise TypeError(f"field components: expected array, got {type(_components).__name__}")
            components = []
            for components_item_data in _components:
                _components_item = components_item_data
                if not isinstance(_components_item, dict):
                    raise TypeError(f"field components_item: expected object, got {type(_components_item).__name__}")
                components_item = FetchVhostSslComponentsDataComponentsItem.from_dict(_components_item)

                components.append(components_item)

        fetch_vhost_ssl_components_data = cls(
            components=components,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_vhost_ssl_components_data.additional_properties = additional_properties
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
