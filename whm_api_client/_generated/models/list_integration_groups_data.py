# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.list_integration_groups_data_links_item import ListIntegrationGroupsDataLinksItem


T = TypeVar("T", bound="ListIntegrationGroupsData")
_new_instance = object.__new__


@_attrs_define
class ListIntegrationGroupsData:
    """
    Attributes:
        links (list[ListIntegrationGroupsDataLinksItem] | Unset):
    """

    links: list[ListIntegrationGroupsDataLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        if _links.__class__ is not list:
            _links = read_list(_links, "links", False)
        links: list[ListIntegrationGroupsDataLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                _links_item = links_item_data
                if _links_item.__class__ is not dict:
                    _links_item = read_object(_links_item, "links_item", True)
                links_item = ListIntegrationGroupsDataLinksItem.from_dict(_links_item)

                links.append(links_item)

        list_integration_groups_data = _new_instance(cls)
        list_integration_groups_data.links = links

        list_integration_groups_data.additional_properties = dict(d) if d else {}
        return list_integration_groups_data

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


from ..models.list_integration_groups_data_links_item import ListIntegrationGroupsDataLinksItem  # noqa: E402
