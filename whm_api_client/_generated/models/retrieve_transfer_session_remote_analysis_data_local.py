# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_ips = d.pop("available_ips", UNSET)
        available_ips: list[str] | Unset = UNSET
        if _available_ips is not None and not isinstance(_available_ips, Unset):  # null reads as UNSET
            if not isinstance(_available_ips, list):
                raise TypeError(f"field available_ips: expected array, got {type(_available_ips).__name__}")
            available_ips = []
            for available_ips_item_data in _available_ips:
                available_ips_item = available_ips_item_data
                if not isinstance(available_ips_item, (str,)):
                    raise TypeError(
                        f"field available_ips_item: expected string, got {type(available_ips_item).__name__}"
                    )

                available_ips.append(available_ips_item)

        _dbs = d.pop("dbs", UNSET)
        dbs: RetrieveTransferSessionRemoteAnalysisDataLocalDbs | Unset
        if _dbs is None or isinstance(_dbs, Unset):  # null reads as UNSET
            dbs = UNSET
        else:
            if not isinstance(_dbs, dict):
                raise TypeError(f"field dbs: expected object, got {type(_dbs).__name__}")
            dbs = RetrieveTransferSessionRemoteAnalysisDataLocalDbs.from_dict(_dbs)

        _dedicated_ips = d.pop("dedicated_ips", UNSET)
        dedicated_ips: RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps | Unset
        if _dedicated_ips is None or isinstance(_dedicated_ips, Unset):  # null reads as UNSET
            dedicated_ips = UNSET
        else:
            if not isinstance(_dedicated_ips, dict):
                raise TypeError(f"field dedicated_ips: expected object, got {type(_dedicated_ips).__name__}")
            dedicated_ips = RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps.from_dict(_dedicated_ips)

        domains = d.pop("domains", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: RetrieveTransferSessionRemoteAnalysisDataLocalGroups | Unset
        if _groups is None or isinstance(_groups, Unset):  # null reads as UNSET
            groups = UNSET
        else:
            if not isinstance(_groups, dict):
                raise TypeError(f"field groups: expected object, got {type(_groups).__name__}")
            groups = RetrieveTransferSessionRemoteAnalysisDataLocalGroups.from_dict(_groups)

        host = d.pop("host", UNSET)
        if host is None:
            host = UNSET
        if not isinstance(host, (str, Unset)):
            raise TypeError(f"field host: expected string, got {type(host).__name__}")

        major_version = d.pop("major_version", UNSET)
        if major_version is None:
            major_version = UNSET
        if not isinstance(major_version, (str, Unset)):
            raise TypeError(f"field major_version: expected string, got {type(major_version).__name__}")

        roundcube_dbtype = d.pop("roundcube_dbtype", UNSET)
        if roundcube_dbtype is None:
            roundcube_dbtype = UNSET
        if not isinstance(roundcube_dbtype, (str, Unset)):
            raise TypeError(f"field roundcube_dbtype: expected string, got {type(roundcube_dbtype).__name__}")

        _users = d.pop("users", UNSET)
        users: RetrieveTransferSessionRemoteAnalysisDataLocalUsers | Unset
        if _users is None or isinstance(_users, Unset):  # null reads as UNSET
            users = UNSET
        else:
            if not isinstance(_users, dict):
                raise TypeError(f"field users: expected object, got {type(_users).__name__}")
            users = RetrieveTransferSessionRemoteAnalysisDataLocalUsers.from_dict(_users)

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        retrieve_transfer_session_remote_analysis_data_local = cls(
            available_ips=available_ips,
            dbs=dbs,
            dedicated_ips=dedicated_ips,
            domains=domains,
            groups=groups,
            host=host,
            major_version=major_version,
            roundcube_dbtype=roundcube_dbtype,
            users=users,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retrieve_transfer_session_remote_analysis_data_local.additional_properties = additional_properties
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
