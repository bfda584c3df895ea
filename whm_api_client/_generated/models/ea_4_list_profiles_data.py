# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.ea_4_list_profiles_data_cpanel_item import Ea4ListProfilesDataCpanelItem
    from ..models.ea_4_list_profiles_data_custom_item import Ea4ListProfilesDataCustomItem


T = TypeVar("T", bound="Ea4ListProfilesData")
_new_instance = object.__new__


@_attrs_define
class Ea4ListProfilesData:
    """
    Attributes:
        cpanel (list[Ea4ListProfilesDataCpanelItem] | Unset):
        custom (list[Ea4ListProfilesDataCustomItem] | Unset):
    """

    cpanel: list[Ea4ListProfilesDataCpanelItem] | Unset = UNSET
    custom: list[Ea4ListProfilesDataCustomItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cpanel: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpanel, Unset):
            cpanel = []
            for cpanel_item_data in self.cpanel:
                cpanel_item = cpanel_item_data.to_dict()
                cpanel.append(cpanel_item)

        custom: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = []
            for custom_item_data in self.custom:
                custom_item = custom_item_data.to_dict()
                custom.append(custom_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpanel is not UNSET:
            field_dict["cpanel"] = cpanel
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpanel = d.pop("cpanel", UNSET)
        if _cpanel.__class__ is not list:
            _cpanel = read_list(_cpanel, "cpanel", False)
        cpanel: list[Ea4ListProfilesDataCpanelItem] | Unset = UNSET
        if _cpanel is not UNSET:
            cpanel = []
            for cpanel_item_data in _cpanel:
                _cpanel_item = cpanel_item_data
                if _cpanel_item.__class__ is not dict:
                    _cpanel_item = read_object(_cpanel_item, "cpanel_item", True)
                cpanel_item = Ea4ListProfilesDataCpanelItem.from_dict(_cpanel_item)

                cpanel.append(cpanel_item)

        _custom = d.pop("custom", UNSET)
        if _custom.__class__ is not list:
            _custom = read_list(_custom, "custom", False)
        custom: list[Ea4ListProfilesDataCustomItem] | Unset = UNSET
        if _custom is not UNSET:
            custom = []
            for custom_item_data in _custom:
                _custom_item = custom_item_data
                if _custom_item.__class__ is not dict:
                    _custom_item = read_object(_custom_item, "custom_item", True)
                custom_item = Ea4ListProfilesDataCustomItem.from_dict(_custom_item)

                custom.append(custom_item)

        ea_4_list_profiles_data = _new_instance(cls)
        ea_4_list_profiles_data.cpanel = cpanel
        ea_4_list_profiles_data.custom = custom

        ea_4_list_profiles_data.additional_properties = dict(d) if d else {}
        return ea_4_list_profiles_data

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


from ..models.ea_4_list_profiles_data_cpanel_item import Ea4ListProfilesDataCpanelItem  # noqa: E402
from ..models.ea_4_list_profiles_data_custom_item import Ea4ListProfilesDataCustomItem  # noqa: E402
