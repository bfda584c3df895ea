# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs_users import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataLocalDbs")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataLocalDbs:
    """
    Attributes:
        dbs (RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs | Unset):
        users (RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers | Unset):
    """

    dbs: RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs | Unset = UNSET
    users: RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        dbs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbs, Unset):
            dbs = self.dbs.to_dict()

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbs is not UNSET:
            field_dict["dbs"] = dbs
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dbs = d.pop("dbs", UNSET)
        dbs: RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs | Unset
        if _dbs.__class__ is not dict:
            _dbs = read_object(_dbs, "dbs", False)
        dbs = UNSET if _dbs is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs.from_dict(_dbs)

        _users = d.pop("users", UNSET)
        users: RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers | Unset
        if _users.__class__ is not dict:
            _users = read_object(_users, "users", False)
        users = UNSET if _users is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers.from_dict(_users)

        retrieve_transfer_session_remote_analysis_data_local_dbs = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_local_dbs.dbs = dbs
        retrieve_transfer_session_remote_analysis_data_local_dbs.users = users

        retrieve_transfer_session_remote_analysis_data_local_dbs.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_local_dbs

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


from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs_dbs import (
    RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs_users import (
    RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers,  # noqa: E402
)
