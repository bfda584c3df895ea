# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_lts_wexpire_data_branch import GetLtsWexpireDataBranch
    from ..models.get_lts_wexpire_data_flags import GetLtsWexpireDataFlags
    from ..models.get_lts_wexpire_data_tiers import GetLtsWexpireDataTiers


T = TypeVar("T", bound="GetLtsWexpireData")
_new_instance = object.__new__


@_attrs_define
class GetLtsWexpireData:
    """
    Attributes:
        branch (GetLtsWexpireDataBranch | Unset):
        flags (GetLtsWexpireDataFlags | Unset):
        tiers (GetLtsWexpireDataTiers | Unset):
    """

    branch: GetLtsWexpireDataBranch | Unset = UNSET
    flags: GetLtsWexpireDataFlags | Unset = UNSET
    tiers: GetLtsWexpireDataTiers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        tiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = self.tiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if flags is not UNSET:
            field_dict["flags"] = flags
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _branch = d.pop("branch", UNSET)
        branch: GetLtsWexpireDataBranch | Unset
        if _branch.__class__ is not dict:
            _branch = read_object(_branch, "branch", False)
        branch = UNSET if _branch is UNSET else GetLtsWexpireDataBranch.from_dict(_branch)

        _flags = d.pop("flags", UNSET)
        flags: GetLtsWexpireDataFlags | Unset
        if _flags.__class__ is not dict:
            _flags = read_object(_flags, "flags", False)
        flags = UNSET if _flags is UNSET else GetLtsWexpireDataFlags.from_dict(_flags)

        _tiers = d.pop("tiers", UNSET)
        tiers: GetLtsWexpireDataTiers | Unset
        if _tiers.__class__ is not dict:
            _tiers = read_object(_tiers, "tiers", False)
        tiers = UNSET if _tiers is UNSET else GetLtsWexpireDataTiers.from_dict(_tiers)

        get_lts_wexpire_data = _new_instance(cls)
        get_lts_wexpire_data.branch = branch
        get_lts_wexpire_data.flags = flags
        get_lts_wexpire_data.tiers = tiers

        get_lts_wexpire_data.additional_properties = dict(d) if d else {}
        return get_lts_wexpire_data

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


from ..models.get_lts_wexpire_data_branch import GetLtsWexpireDataBranch  # noqa: E402
from ..models.get_lts_wexpire_data_flags import GetLtsWexpireDataFlags  # noqa: E402
from ..models.get_lts_wexpire_data_tiers import GetLtsWexpireDataTiers  # noqa: E402
