# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbs,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_local_dedicated_ips import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_local_groups import (
        RetrieveTransferSessionRemoteAnalysisDataLocalGroups,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_local_users import (
        RetrieveTransferSessionRemoteAnalysisDataLocalUsers,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataLocal")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataLocal:
    """
    Attributes:
        available_ips (list[str] | Unset):
        dbs (RetrieveTransferSessionRemoteAnalysisDataLocalDbs | Unset):
        dedicated_ips (RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps | Unset):
        domains (Any | Unset):
        groups (RetrieveTransferSessionRemoteAnalysisDataLocalGroups | Unset):
        host (str | Unset):
        major_version (str | Unset):
        roundcube_dbtype (str | Unset):
        users (RetrieveTransferSessionRemoteAnalysisDataLocalUsers | Unset):
        version (str | Unset):
    """

    available_ips: list[str] | Unset = UNSET
    dbs: RetrieveTransferSessionRemoteAnalysisDataLocalDbs | Unset = UNSET
    dedicated_ips: RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps | Unset = UNSET
    domains: Any | Unset = UNSET
    groups: RetrieveTransferSessionRemoteAnalysisDataLocalGroups | Unset = UNSET
    host: str | Unset = UNSET
    major_version: str | Unset = UNSET
    roundcube_dbtype: str | Unset = UNSET
    users: RetrieveTransferSessionRemoteAnalysisDataLocalUsers | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        available_ips: list[str] | Unset = UNSET
        if not isinstance(self.available_ips, Unset):
            available_ips = self.available_ips

        dbs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbs, Unset):
            dbs = self.dbs.to_dict()

        dedicated_ips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dedicated_ips, Unset):
            dedicated_ips = self.dedicated_ips.to_dict()

        domains = self.domains

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        host = self.host

        major_version = self.major_version

        roundcube_dbtype = self.roundcube_dbtype

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_ips is not UNSET:
            field_dict["available_ips"] = available_ips
        if dbs is not UNSET:
            field_dict["dbs"] = dbs
        if dedicated_ips is not UNSET:
            field_dict["dedicated_ips"] = dedicated_ips
        if domains is not UNSET:
            field_dict["domains"] = domains
        if groups is not UNSET:
            field_dict["groups"] = groups
        if host is not UNSET:
            field_dict["host"] = host
        if major_version is not UNSET:
            field_dict["major_version"] = major_version
        if roundcube_dbtype is not UNSET:
            field_dict["roundcube_dbtype"] = roundcube_dbtype
        if users is not UNSET:
            field_dict["users"] = users
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_ips = d.pop("available_ips", UNSET)
        if _available_ips.__class__ is not list:
            _available_ips = read_list(_available_ips, "available_ips", False)
        available_ips: list[str] | Unset = UNSET
        if _available_ips is not UNSET:
            available_ips = _available_ips
            for _item in _available_ips:
                if _item.__class__ is not str:
                    available_ips = read_items(_available_ips, "available_ips_item", "string")
                    break

        _dbs = d.pop("dbs", UNSET)
        dbs: RetrieveTransferSessionRemoteAnalysisDataLocalDbs | Unset
        if _dbs.__class__ is not dict:
            _dbs = read_object(_dbs, "dbs", False)
        dbs = UNSET if _dbs is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocalDbs.from_dict(_dbs)

        _dedicated_ips = d.pop("dedicated_ips", UNSET)
        dedicated_ips: RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps | Unset
        if _dedicated_ips.__class__ is not dict:
            _dedicated_ips = read_object(_dedicated_ips, "dedicated_ips", False)
        dedicated_ips = (
            UNSET
            if _dedicated_ips is UNSET
            else RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps.from_dict(_dedicated_ips)
        )

        domains = d.pop("domains", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: RetrieveTransferSessionRemoteAnalysisDataLocalGroups | Unset
        if _groups.__class__ is not dict:
            _groups = read_object(_groups, "groups", False)
        groups = UNSET if _groups is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocalGroups.from_dict(_groups)

        host = d.pop("host", UNSET)
        if host.__class__ is not str:
            host = read_value(host, "host", "string", False)

        major_version = d.pop("major_version", UNSET)
        if major_version.__class__ is not str:
            major_version = read_value(major_version, "major_version", "string", False)

        roundcube_dbtype = d.pop("roundcube_dbtype", UNSET)
        if roundcube_dbtype.__class__ is not str:
            roundcube_dbtype = read_value(roundcube_dbtype, "roundcube_dbtype", "string", False)

        _users = d.pop("users", UNSET)
        users: RetrieveTransferSessionRemoteAnalysisDataLocalUsers | Unset
        if _users.__class__ is not dict:
            _users = read_object(_users, "users", False)
        users = UNSET if _users is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocalUsers.from_dict(_users)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        retrieve_transfer_session_remote_analysis_data_local = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_local.available_ips = available_ips
        retrieve_transfer_session_remote_analysis_data_local.dbs = dbs
        retrieve_transfer_session_remote_analysis_data_local.dedicated_ips = dedicated_ips
        retrieve_transfer_session_remote_analysis_data_local.domains = domains
        retrieve_transfer_session_remote_analysis_data_local.groups = groups
        retrieve_transfer_session_remote_analysis_data_local.host = host
        retrieve_transfer_session_remote_analysis_data_local.major_version = major_version
        retrieve_transfer_session_remote_analysis_data_local.roundcube_dbtype = roundcube_dbtype
        retrieve_transfer_session_remote_analysis_data_local.users = users
        retrieve_transfer_session_remote_analysis_data_local.version = version

        retrieve_transfer_session_remote_analysis_data_local.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_local

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


from ..models.retrieve_transfer_session_remote_analysis_data_local_dbs import (
    RetrieveTransferSessionRemoteAnalysisDataLocalDbs,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_local_dedicated_ips import (
    RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_local_groups import (
    RetrieveTransferSessionRemoteAnalysisDataLocalGroups,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_local_users import (
    RetrieveTransferSessionRemoteAnalysisDataLocalUsers,  # noqa: E402
)
