# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbs,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_resellers import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteResellers,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataRemote")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataRemote:
    """
    Attributes:
        conflicts (Any | Unset):
        cpversion (str | Unset):
        dbs (RetrieveTransferSessionRemoteAnalysisDataRemoteDbs | Unset):
        has_disk_used (int | Unset):
        has_files_used (int | Unset):
        has_owners (int | Unset):
        has_package_extensions (int | Unset):
        has_xfertool (int | Unset):
        host (str | Unset):
        hostname (str | Unset):
        linked_nodes (list[RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem] | Unset):
        major_version (str | Unset):
        resellers (RetrieveTransferSessionRemoteAnalysisDataRemoteResellers | Unset):
        roundcube_dbtype (str | Unset):
        server_type (str | Unset):
        supports_live_transfers (int | Unset):
        version (str | Unset):
    """

    conflicts: Any | Unset = UNSET
    cpversion: str | Unset = UNSET
    dbs: RetrieveTransferSessionRemoteAnalysisDataRemoteDbs | Unset = UNSET
    has_disk_used: int | Unset = UNSET
    has_files_used: int | Unset = UNSET
    has_owners: int | Unset = UNSET
    has_package_extensions: int | Unset = UNSET
    has_xfertool: int | Unset = UNSET
    host: str | Unset = UNSET
    hostname: str | Unset = UNSET
    linked_nodes: list[RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem] | Unset = UNSET
    major_version: str | Unset = UNSET
    resellers: RetrieveTransferSessionRemoteAnalysisDataRemoteResellers | Unset = UNSET
    roundcube_dbtype: str | Unset = UNSET
    server_type: str | Unset = UNSET
    supports_live_transfers: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        conflicts = self.conflicts

        cpversion = self.cpversion

        dbs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbs, Unset):
            dbs = self.dbs.to_dict()

        has_disk_used = self.has_disk_used

        has_files_used = self.has_files_used

        has_owners = self.has_owners

        has_package_extensions = self.has_package_extensions

        has_xfertool = self.has_xfertool

        host = self.host

        hostname = self.hostname

        linked_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_nodes, Unset):
            linked_nodes = []
            for linked_nodes_item_data in self.linked_nodes:
                linked_nodes_item = linked_nodes_item_data.to_dict()
                linked_nodes.append(linked_nodes_item)

        major_version = self.major_version

        resellers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resellers, Unset):
            resellers = self.resellers.to_dict()

        roundcube_dbtype = self.roundcube_dbtype

        server_type = self.server_type

        supports_live_transfers = self.supports_live_transfers

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if cpversion is not UNSET:
            field_dict["cpversion"] = cpversion
        if dbs is not UNSET:
            field_dict["dbs"] = dbs
        if has_disk_used is not UNSET:
            field_dict["has_disk_used"] = has_disk_used
        if has_files_used is not UNSET:
            field_dict["has_files_used"] = has_files_used
        if has_owners is not UNSET:
            field_dict["has_owners"] = has_owners
        if has_package_extensions is not UNSET:
            field_dict["has_package_extensions"] = has_package_extensions
        if has_xfertool is not UNSET:
            field_dict["has_xfertool"] = has_xfertool
        if host is not UNSET:
            field_dict["host"] = host
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if linked_nodes is not UNSET:
            field_dict["linked_nodes"] = linked_nodes
        if major_version is not UNSET:
            field_dict["major_version"] = major_version
        if resellers is not UNSET:
            field_dict["resellers"] = resellers
        if roundcube_dbtype is not UNSET:
            field_dict["roundcube_dbtype"] = roundcube_dbtype
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if supports_live_transfers is not UNSET:
            field_dict["supports_live_transfers"] = supports_live_transfers
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conflicts = d.pop("conflicts", UNSET)

        cpversion = d.pop("cpversion", UNSET)
        if cpversion.__class__ is not str:
            cpversion = read_value(cpversion, "cpversion", "string", False)

        _dbs = d.pop("dbs", UNSET)
        dbs: RetrieveTransferSessionRemoteAnalysisDataRemoteDbs | Unset
        if _dbs.__class__ is not dict:
            _dbs = read_object(_dbs, "dbs", False)
        dbs = UNSET if _dbs is UNSET else RetrieveTransferSessionRemoteAnalysisDataRemoteDbs.from_dict(_dbs)

        has_disk_used = d.pop("has_disk_used", UNSET)
        if has_disk_used.__class__ is not int:
            has_disk_used = read_value(has_disk_used, "has_disk_used", "integer", False)

        has_files_used = d.pop("has_files_used", UNSET)
        if has_files_used.__class__ is not int:
            has_files_used = read_value(has_files_used, "has_files_used", "integer", False)

        has_owners = d.pop("has_owners", UNSET)
        if has_owners.__class__ is not int:
            has_owners = read_value(has_owners, "has_owners", "integer", False)

        has_package_extensions = d.pop("has_package_extensions", UNSET)
        if has_package_extensions.__class__ is not int:
            has_package_extensions = read_value(has_package_extensions, "has_package_extensions", "integer", False)

        has_xfertool = d.pop("has_xfertool", UNSET)
        if has_xfertool.__class__ is not int:
            has_xfertool = read_value(has_xfertool, "has_xfertool", "integer", False)

        host = d.pop("host", UNSET)
        if host.__class__ is not str:
            host = read_value(host, "host", "string", False)

        hostname = d.pop("hostname", UNSET)
        if hostname.__class__ is not str:
            hostname = read_value(hostname, "hostname", "string", False)

        _linked_nodes = d.pop("linked_nodes", UNSET)
        if _linked_nodes.__class__ is not list:
            _linked_nodes = read_list(_linked_nodes, "linked_nodes", False)
        linked_nodes: list[RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem] | Unset = UNSET
        if _linked_nodes is not UNSET:
            linked_nodes = []
            for linked_nodes_item_data in _linked_nodes:
                _linked_nodes_item = linked_nodes_item_data
                if _linked_nodes_item.__class__ is not dict:
                    _linked_nodes_item = read_object(_linked_nodes_item, "linked_nodes_item", True)
                linked_nodes_item = RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem.from_dict(
                    _linked_nodes_item
                )

                linked_nodes.append(linked_nodes_item)

        major_version = d.pop("major_version", UNSET)
        if major_version.__class__ is not str:
            major_version = read_value(major_version, "major_version", "string", False)

        _resellers = d.pop("resellers", UNSET)
        resellers: RetrieveTransferSessionRemoteAnalysisDataRemoteResellers | Unset
        if _resellers.__class__ is not dict:
            _resellers = read_object(_resellers, "resellers", False)
        resellers = (
            UNSET
            if _resellers is UNSET
            else RetrieveTransferSessionRemoteAnalysisDataRemoteResellers.from_dict(_resellers)
        )

        roundcube_dbtype = d.pop("roundcube_dbtype", UNSET)
        if roundcube_dbtype.__class__ is not str:
            roundcube_dbtype = read_value(roundcube_dbtype, "roundcube_dbtype", "string", False)

        server_type = d.pop("server_type", UNSET)
        if server_type.__class__ is not str:
            server_type = read_value(server_type, "server_type", "string", False)

        supports_live_transfers = d.pop("supports_live_transfers", UNSET)
        if supports_live_transfers.__class__ is not int:
            supports_live_transfers = read_value(supports_live_transfers, "supports_live_transfers", "integer", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        retrieve_transfer_session_remote_analysis_data_remote = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_remote.conflicts = conflicts
        retrieve_transfer_session_remote_analysis_data_remote.cpversion = cpversion
        retrieve_transfer_session_remote_analysis_data_remote.dbs = dbs
        retrieve_transfer_session_remote_analysis_data_remote.has_disk_used = has_disk_used
        retrieve_transfer_session_remote_analysis_data_remote.has_files_used = has_files_used
        retrieve_transfer_session_remote_analysis_data_remote.has_owners = has_owners
        retrieve_transfer_session_remote_analysis_data_remote.has_package_extensions = has_package_extensions
        retrieve_transfer_session_remote_analysis_data_remote.has_xfertool = has_xfertool
        retrieve_transfer_session_remote_analysis_data_remote.host = host
        retrieve_transfer_session_remote_analysis_data_remote.hostname = hostname
        retrieve_transfer_session_remote_analysis_data_remote.linked_nodes = linked_nodes
        retrieve_transfer_session_remote_analysis_data_remote.major_version = major_version
        retrieve_transfer_session_remote_analysis_data_remote.resellers = resellers
        retrieve_transfer_session_remote_analysis_data_remote.roundcube_dbtype = roundcube_dbtype
        retrieve_transfer_session_remote_analysis_data_remote.server_type = server_type
        retrieve_transfer_session_remote_analysis_data_remote.supports_live_transfers = supports_live_transfers
        retrieve_transfer_session_remote_analysis_data_remote.version = version

        retrieve_transfer_session_remote_analysis_data_remote.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_remote

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


from ..models.retrieve_transfer_session_remote_analysis_data_remote_dbs import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteDbs,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_remote_resellers import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteResellers,  # noqa: E402
)
