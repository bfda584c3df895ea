# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.php_ini_get_directives_data_directives_item import PhpIniGetDirectivesDataDirectivesItem


T = TypeVar("T", bound="PhpIniGetDirectivesData")
_new_instance = object.__new__


@_attrs_define
class PhpIniGetDirectivesData:
    """
    Attributes:
        directives (list[PhpIniGetDirectivesDataDirectivesItem] | Unset):
    """

    directives: list[PhpIniGetDirectivesDataDirectivesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        directives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.directives, Unset):
            directives = []
            for directives_item_data in self.directives:
                directives_item = directives_item_data.to_dict()
                directives.append(directives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if directives is not UNSET:
            field_dict["directives"] = directives

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _directives = d.pop("directives", UNSET)
        if _directives.__class__ is not list:
            _directives = read_list(_directives, "directives", False)
        directives: list[PhpIniGetDirectivesDataDirectivesItem] | Unset = UNSET
        if _directives is not UNSET:
            directives = []
            for directives_item_data in _directives:
                _directives_item = directives_item_data
                if _directives_item.__class__ is not dict:
                    _directives_item = read_object(_directives_item, "directives_item", True)
                directives_item = PhpIniGetDirectivesDataDirectivesItem.from_dict(_directives_item)

                directives.append(directives_item)

        php_ini_get_directives_data = _new_instance(cls)
        php_ini_get_directives_data.directives = directives

        php_ini_get_directives_data.additional_properties = dict(d) if d else {}
        return php_ini_get_directives_data

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


from ..models.php_ini_get_directives_data_directives_item import PhpIniGetDirectivesDataDirectivesItem  # noqa: E402
