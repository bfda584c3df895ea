# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataOptions")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataOptions:
    """
    Attributes:
        skip_reseller_privs (int | Unset):
        unrestricted (int | Unset):
    """

    skip_reseller_privs: int | Unset = UNSET
    unrestricted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        skip_reseller_privs = self.skip_reseller_privs

        unrestricted = self.unrestricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_reseller_privs is not UNSET:
            field_dict["skip_reseller_privs"] = skip_reseller_privs
        if unrestricted is not UNSET:
            field_dict["unrestricted"] = unrestricted

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skip_reseller_privs = d.pop("skip_reseller_privs", UNSET)
        if skip_reseller_privs.__class__ is not int:
            skip_reseller_privs = read_value(skip_reseller_privs, "skip_reseller_privs", "integer", False)

        unrestricted = d.pop("unrestricted", UNSET)
        if unrestricted.__class__ is not int:
            unrestricted = read_value(unrestricted, "unrestricted", "integer", False)

        retrieve_transfer_session_remote_analysis_data_options = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_options.skip_reseller_privs = skip_reseller_privs
        retrieve_transfer_session_remote_analysis_data_options.unrestricted = unrestricted

        retrieve_transfer_session_remote_analysis_data_options.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_options

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
