# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_worker_capabilities import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem:
    """
    Attributes:
        alias (str | Unset):
        enabled_services (list[str] | Unset):
        hostname (str | Unset):
        last_check (int | Unset):
        system_settings (RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings | Unset):
        tls_verified (int | Unset):
        username (str | Unset):
        version (str | Unset):
        worker_capabilities (RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities | Unset):
    """

    alias: str | Unset = UNSET
    enabled_services: list[str] | Unset = UNSET
    hostname: str | Unset = UNSET
    last_check: int | Unset = UNSET
    system_settings: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings | Unset = UNSET
    tls_verified: int | Unset = UNSET
    username: str | Unset = UNSET
    version: str | Unset = UNSET
    worker_capabilities: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        alias = self.alias

        enabled_services: list[str] | Unset = UNSET
        if not isinstance(self.enabled_services, Unset):
            enabled_services = self.enabled_services

        hostname = self.hostname

        last_check = self.last_check

        system_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_settings, Unset):
            system_settings = self.system_settings.to_dict()

        tls_verified = self.tls_verified

        username = self.username

        version = self.version

        worker_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_capabilities, Unset):
            worker_capabilities = self.worker_capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if enabled_services is not UNSET:
            field_dict["enabled_services"] = enabled_services
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if last_check is not UNSET:
            field_dict["last_check"] = last_check
        if system_settings is not UNSET:
            field_dict["system_settings"] = system_settings
        if tls_verified is not UNSET:
            field_dict["tls_verified"] = tls_verified
        if username is not UNSET:
            field_dict["username"] = username
        if version is not UNSET:
            field_dict["version"] = version
        if worker_capabilities is not UNSET:
            field_dict["worker_capabilities"] = worker_capabilities

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)
        if alias.__class__ is not str:
            alias = read_value(alias, "alias", "string", False)

        _enabled_services = d.pop("enabled_services", UNSET)
        if _enabled_services.__class__ is not list:
            _enabled_services = read_list(_enabled_services, "enabled_services", False)
        enabled_services: list[str] | Unset = UNSET
        if _enabled_services is not UNSET:
            enabled_services = _enabled_services
            for _item in _enabled_services:
                if _item.__class__ is not str:
                    enabled_services = read_items(_enabled_services, "enabled_services_item", "string")
                    break

        hostname = d.pop("hostname", UNSET)
        if hostname.__class__ is not str:
            hostname = read_value(hostname, "hostname", "string", False)

        last_check = d.pop("last_check", UNSET)
        if last_check.__class__ is not int:
            last_check = read_value(last_check, "last_check", "integer", False)

        _system_settings = d.pop("system_settings", UNSET)
        system_settings: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings | Unset
        if _system_settings.__class__ is not dict:
            _system_settings = read_object(_system_settings, "system_settings", False)
        system_settings = (
            UNSET
            if _system_settings is UNSET
            else RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings.from_dict(
                _system_settings
            )
        )

        tls_verified = d.pop("tls_verified", UNSET)
        if tls_verified.__class__ is not int:
            tls_verified = read_value(tls_verified, "tls_verified", "integer", False)

        username = d.pop("username", UNSET)
        if username.__class__ is not str:
            username = read_value(username, "username", "string", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        _worker_capabilities = d.pop("worker_capabilities", UNSET)
        worker_capabilities: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities | Unset
        if _worker_capabilities.__class__ is not dict:
            _worker_capabilities = read_object(_worker_capabilities, "worker_capabilities", False)
        worker_capabilities = (
            UNSET
            if _worker_capabilities is UNSET
            else RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities.from_dict(
                _worker_capabilities
            )
        )

        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.alias = alias
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.enabled_services = enabled_services
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.hostname = hostname
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.last_check = last_check
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.system_settings = system_settings
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.tls_verified = tls_verified
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.username = username
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.version = version
        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.worker_capabilities = (
            worker_capabilities
        )

        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.additional_properties = (
            dict(d) if d else {}
        )
        return retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item

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


from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_worker_capabilities import (
    RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities,  # noqa: E402
)
