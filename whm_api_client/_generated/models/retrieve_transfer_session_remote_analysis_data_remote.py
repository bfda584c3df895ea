# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conflicts = d.pop("conflicts", UNSET)

        cpversion = d.pop("cpversion", UNSET)
        if cpversion is None:
            cpversion = UNSET
        if not isinstance(cpversion, (str, Unset)):
            raise TypeError(f"field cpversion: expected string, got {type(cpversion).__name__}")

        _dbs = d.pop("dbs", UNSET)
        dbs: RetrieveTransferSessionRemoteAnalysisDataRemoteDbs | Unset
        if _dbs is None or isinstance(_dbs, Unset):  # null reads as UNSET
            dbs = UNSET
        else:
            if not isinstance(_dbs, dict):
                raise TypeError(f"field dbs: expected object, got {type(_dbs).__name__}")
            dbs = RetrieveTransferSessionRemoteAnalysisDataRemoteDbs.from_dict(_dbs)

        has_disk_used = d.pop("has_disk_used", UNSET)
        if has_disk_used is None:
            has_disk_used = UNSET
        if not isinstance(has_disk_used, (int, Unset)):
            raise TypeError(f"field has_disk_used: expected integer, got {type(has_disk_used).__name__}")

        has_files_used = d.pop("has_files_used", UNSET)
        if has_files_used is None:
            has_files_used = UNSET
        if not isinstance(has_files_used, (int, Unset)):
            raise TypeError(f"field has_files_used: expected integer, got {type(has_files_used).__name__}")

        has_owners = d.pop("has_owners", UNSET)
        if has_owners is None:
            has_owners = UNSET
        if not isinstance(has_owners, (int, Unset)):
            raise TypeError(f"field has_owners: expected integer, got {type(has_owners).__name__}")

        has_package_extensions = d.pop("has_package_extensions", UNSET)
        if has_package_extensions is None:
            has_package_extensions = UNSET
        if not isinstance(has_package_extensions, (int, Unset)):
            raise TypeError(
                f"field has_package_extensions: expected integer, got {type(has_package_extensions).__name__}"
            )

        has_xfertool = d.pop("has_xfertool", UNSET)
        if has_xfertool is None:
            has_xfertool = UNSET
        if not isinstance(has_xfertool, (int, Unset)):
            raise TypeError(f"field has_xfertool: expected integer, got {type(has_xfertool).__name__}")

        host = d.pop("host", UNSET)
        if host is None:
            host = UNSET
        if not isinstance(host, (str, Unset)):
            raise TypeError(f"field host: expected string, got {type(host).__name__}")

        hostname = d.pop("hostname", UNSET)
        if hostname is None:
            hostname = UNSET
        if not isinstance(hostname, (str, Unset)):
            raise TypeError(f"field hostname: expected string, got {type(hostname).__name__}")

        _linked_nodes = d.pop("linked_nodes", UNSET)
        linked_nodes: list[RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem] | Unset = UNSET
        if _linked_nodes is not None and not isinstance(_linked_nodes, Unset):  # null reads as UNSET
            if not isinstance(_linked_nodes, list):
                raise TypeError(f"field linked_nodes: expected array, got {type(_linked_nodes).__name__}")
            linked_nodes = []
            for linked_nodes_item_data in _linked_nodes:
                _linked_nodes_item = linked_nodes_item_data
                if not isinstance(_linked_nodes_item, dict):
                    raise TypeError(
                        f"field linked_nodes_item: expected object, got {type(_linked_nodes_item).__name__}"
                    )
                linked_nodes_item = RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem.from_dict(
                    _linked_nodes_item
                )

                linked_nodes.append(linked_nodes_item)

        major_version = d.pop("major_version", UNSET)
        if major_version is None:
            major_version = UNSET
        if not isinstance(major_version, (str, Unset)):
            raise TypeError(f"field major_version: expected string, got {type(major_version).__name__}")

        _resellers = d.pop("resellers", UNSET)
        resellers: RetrieveTransferSessionRemoteAnalysisDataRemoteResellers | Unset
        if _resellers is None or isinstance(_resellers, Unset):  # null reads as UNSET
            resellers = UNSET
        else:
            if not isinstance(_resellers, dict):
                raise TypeError(f"field resellers: expected object, got {type(_resellers).__name__}")
            resellers = RetrieveTransferSessionRemoteAnalysisDataRemoteResellers.from_dict(_resellers)

        roundcube_dbtype = d.pop("roundcube_dbtype", UNSET)
        if roundcube_dbtype is None:
            roundcube_dbtype = UNSET
        if not isinstance(roundcube_dbtype, (str, Unset)):
            raise TypeError(f"field roundcube_dbtype: expected string, got {type(roundcube_dbtype).__name__}")

        server_type = d.pop("server_type", UNSET)
        if server_type is None:
            server_type = UNSET
        if not isinstance(server_type, (str, Unset)):
            raise TypeError(f"field server_type: expected string, got {type(server_type).__name__}")

        supports_live_transfers = d.pop("supports_live_transfers", UNSET)
        if supports_live_transfers is None:
            supports_live_transfers = UNSET
        if not isinstance(supports_live_transfers, (int, Unset)):
            raise TypeError(
                f"field supports_live_transfers: expected integer, got {type(supports_live_transfers).__name__}"
            )

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        retrieve_transfer_session_remote_analysis_data_remote = cls(
            conflicts=conflicts,
            cpversion=cpversion,
            dbs=dbs,
            has_disk_used=has_disk_used,
            has_files_used=has_files_used,
            has_owners=has_owners,
            has_package_extensions=has_package_extensions,
            has_xfertool=has_xfertool,
            host=host,
            hostname=hostname,
            linked_nodes=linked_nodes,
            major_version=major_version,
            resellers=resellers,
            roundcube_dbtype=roundcube_dbtype,
            server_type=server_type,
            supports_live_transfers=supports_live_transfers,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retrieve_transfer_session_remote_analysis_data_remote.additional_properties = additional_properties
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
