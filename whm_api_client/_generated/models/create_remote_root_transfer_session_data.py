# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CreateRemoteRootTransferSessionData")
_new_instance = object.__new__


@_attrs_define
class CreateRemoteRootTransferSessionData:
    """
    Attributes:
        analyze_rawout (str | Unset):
        create_rawout (str | Unset):
        transfer_session_id (str | Unset):
    """

    analyze_rawout: str | Unset = UNSET
    create_rawout: str | Unset = UNSET
    transfer_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        analyze_rawout = self.analyze_rawout

        create_rawout = self.create_rawout

        transfer_session_id = self.transfer_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analyze_rawout is not UNSET:
            field_dict["analyze_rawout"] = analyze_rawout
        if create_rawout is not UNSET:
            field_dict["create_rawout"] = create_rawout
        if transfer_session_id is not UNSET:
            field_dict["transfer_session_id"] = transfer_session_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analyze_rawout = d.pop("analyze_rawout", UNSET)
        if analyze_rawout.__class__ is not str:
            analyze_rawout = read_value(analyze_rawout, "analyze_rawout", "string", False)

        create_rawout = d.pop("create_rawout", UNSET)
        if create_rawout.__class__ is not str:
            create_rawout = read_value(create_rawout, "create_rawout", "string", False)

        transfer_session_id = d.pop("transfer_session_id", UNSET)
        if transfer_session_id.__class__ is not str:
            transfer_session_id = read_value(transfer_session_id, "transfer_session_id", "string", False)

        create_remote_root_transfer_session_data = _new_instance(cls)
        create_remote_root_transfer_session_data.analyze_rawout = analyze_rawout
        create_remote_root_transfer_session_data.create_rawout = create_rawout
        create_remote_root_transfer_session_data.transfer_session_id = transfer_session_id

        create_remote_root_transfer_session_data.additional_properties = dict(d) if d else {}
        return create_remote_root_transfer_session_data

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
