# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listcrts_data_crt_item import ListcrtsDataCrtItem


T = TypeVar("T", bound="ListcrtsData")


@_attrs_define
class ListcrtsData:
    """
    Attributes:
        crt (list[ListcrtsDataCrtItem] | Unset):
    """

    crt: list[ListcrtsDataCrtItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crt, Unset):
            crt = []
            for crt_item_data in self.crt:
                crt_item = crt_item_data.to_dict()
                crt.append(crt_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if crt is not UNSET:
            field_dict["crt"] = crt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _crt = d.pop("crt", UNSET)
        crt: list[ListcrtsDataCrtItem] | Unset = UNSET
        if _crt is not None and not isinstance(_crt, Unset):  # null reads as UNSET
            if not isinstance(_crt, list):
                raise TypeError(f"field crt: expected array, got {type(_crt).__name__}")
            crt = []
            for crt_item_data in _crt:
                _crt_item = crt_item_data
                if not isinstance(_crt_item, dict):
                    raise TypeError(f"field crt_item: expected object, got {type(_crt_item).__name__}")
                crt_item = ListcrtsDataCrtItem.from_dict(_crt_item)

                crt.append(crt_item)

        listcrts_data = cls(
            crt=crt,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listcrts_data.additional_properties = additional_properties
        return listcrts_data

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


from ..models.listcrts_data_crt_item import ListcrtsDataCrtItem  # noqa: E402
