# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ssl_vhosts_data_vhosts_item import FetchSslVhostsDataVhostsItem


T = TypeVar("T", bound="FetchSslVhostsData")


@_attrs_define
class FetchSslVhostsData:
    """
    Attributes:
        vhosts (list[FetchSslVhostsDataVhostsItem] | Unset):
    """

    vhosts: list[FetchSslVhostsDataVhostsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vhosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vhosts, Unset):
            vhosts = []
            for vhosts_item_data in self.vhosts:
                vhosts_item = vhosts_item_data.to_dict()
                vhosts.append(vhosts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhosts is not UNSET:
            field_dict["vhosts"] = vhosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vhosts = d.pop("vhosts", UNSET)
        vhosts: list[FetchSslVhostsDataVhostsItem] | Unset = UNSET
        if _vhosts is not None and not isinstance(_vhosts, Unset):  # null reads as UNSET
            if not isinstance(_vhosts, list):
                raise TypeError(f"field vhosts: expected array, got {type(_vhosts).__name__}")
            vhosts = []
            for vhosts_item_data in _vhosts:
                _vhosts_item = vhosts_item_data
                if not isinstance(_vhosts_item, dict):
                    raise TypeError(f"field vhosts_item: expected object, got {type(_vhosts_item).__name__}")
                vhosts_item = FetchSslVhostsDataVhostsItem.from_dict(_vhosts_item)

                vhosts.append(vhosts_item)

        fetch_ssl_vhosts_data = cls(
            vhosts=vhosts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ssl_vhosts_data.additional_properties = additional_properties
        return fetch_ssl_vhosts_data

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


from ..models.fetch_ssl_vhosts_data_vhosts_item import FetchSslVhostsDataVhostsItem  # noqa: E402
