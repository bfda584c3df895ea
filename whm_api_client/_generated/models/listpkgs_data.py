# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listpkgs_data_pkg_item import ListpkgsDataPkgItem


T = TypeVar("T", bound="ListpkgsData")
_new_instance = object.__new__


@_attrs_define
class ListpkgsData:
    """
    Attributes:
        pkg (list[ListpkgsDataPkgItem] | Unset):
    """

    pkg: list[ListpkgsDataPkgItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        pkg: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pkg, Unset):
            pkg = []
            for pkg_item_data in self.pkg:
                pkg_item = pkg_item_data.to_dict()
                pkg.append(pkg_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pkg is not UNSET:
            field_dict["pkg"] = pkg

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pkg = d.pop("pkg", UNSET)
        if _pkg.__class__ is not list:
            _pkg = read_list(_pkg, "pkg", False)
        pkg: list[ListpkgsDataPkgItem] | Unset = UNSET
        if _pkg is not UNSET:
            pkg = []
            for pkg_item_data in _pkg:
                _pkg_item = pkg_item_data
                if _pkg_item.__class__ is not dict:
                    _pkg_item = read_object(_pkg_item, "pkg_item", True)
                pkg_item = ListpkgsDataPkgItem.from_dict(_pkg_item)

                pkg.append(pkg_item)

        listpkgs_data = _new_instance(cls)
        listpkgs_data.pkg = pkg

        listpkgs_data.additional_properties = dict(d) if d else {}
        return listpkgs_data

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


from ..models.listpkgs_data_pkg_item import ListpkgsDataPkgItem  # noqa: E402
