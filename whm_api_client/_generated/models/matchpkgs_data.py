# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.matchpkgs_data_pkg import MatchpkgsDataPkg


T = TypeVar("T", bound="MatchpkgsData")
_new_instance = object.__new__


@_attrs_define
class MatchpkgsData:
    """
    Attributes:
        pkg (MatchpkgsDataPkg | Unset):
    """

    pkg: MatchpkgsDataPkg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        pkg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pkg, Unset):
            pkg = self.pkg.to_dict()

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
        pkg: MatchpkgsDataPkg | Unset
        if _pkg.__class__ is not dict:
            _pkg = read_object(_pkg, "pkg", False)
        pkg = UNSET if _pkg is UNSET else MatchpkgsDataPkg.from_dict(_pkg)

        matchpkgs_data = _new_instance(cls)
        matchpkgs_data.pkg = pkg

        matchpkgs_data.additional_properties = dict(d) if d else {}
        return matchpkgs_data

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


from ..models.matchpkgs_data_pkg import MatchpkgsDataPkg  # noqa: E402
