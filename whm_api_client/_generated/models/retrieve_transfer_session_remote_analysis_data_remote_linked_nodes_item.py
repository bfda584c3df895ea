# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_worker_capabilities import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)
        if alias is None:
            alias = UNSET
        if not isinstance(alias, (str, Unset)):
            raise TypeError(f"field alias: expected string, got {type(alias).__name__}")

        _enabled_services = d.pop("enabled_services", UNSET)
        enabled_services: list[str] | Unset = UNSET
        if _enabled_services is not None and not isinstance(_enabled_services, Unset):  # null reads as UNSET
            if not isinstance(_enabled_services, list):
                raise TypeError(f"field enabled_services: expected array, got {type(_enabled_services).__name__}")
            enabled_services = []
            for enabled_services_item_data in _enabled_services:
                enabled_services_item = enabled_services_item_data
                if not isinstance(enabled_services_item, (str,)):
                    raise TypeError(
                        f"field enabled_services_item: expected string, got {type(enabled_services_item).__name__}"
                    )

                enabled_services.append(enabled_services_item)

        hostname = d.pop("hostname", UNSET)
        if hostname is None:
            hostname = UNSET
        if not isinstance(hostname, (str, Unset)):
            raise TypeError(f"field hostname: expected string, got {type(hostname).__name__}")

        last_check = d.pop("last_check", UNSET)
        if last_check is None:
            last_check = UNSET
        if not isinstance(last_check, (int, Unset)):
            raise TypeError(f"field last_check: expected integer, got {type(last_check).__name__}")

        _system_settings = d.pop("system_settings", UNSET)
        system_settings: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings | Unset
        if _system_settings is None or isinstance(_system_settings, Unset):  # null reads as UNSET
            system_settings = UNSET
        else:
            if not isinstance(_system_settings, dict):
                raise TypeError(f"field system_settings: expected object, got {type(_system_settings).__name__}")
            system_settings = RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings.from_dict(
                _system_settings
            )

        tls_verified = d.pop("tls_verified", UNSET)
        if tls_verified is None:
            tls_verified = UNSET
        if not isinstance(tls_verified, (int, Unset)):
            raise TypeError(f"field tls_verified: expected integer, got {type(tls_verified).__name__}")

        username = d.pop("username", UNSET)
        if username is None:
            username = UNSET
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"field username: expected string, got {type(username).__name__}")

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        _worker_capabilities = d.pop("worker_capabilities", UNSET)
        worker_capabilities: RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities | Unset
        if _worker_capabilities is None or isinstance(_worker_capabilities, Unset):  # null reads as UNSET
            worker_capabilities = UNSET
        else:
            if not isinstance(_worker_capabilities, dict):
                raise TypeError(
                    f"field worker_capabilities: expected object, got {type(_worker_capabilities).__name__}"
                )
            worker_capabilities = (
                RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities.from_dict(
                    _worker_capabilities
                )
            )

        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item = cls(
            alias=alias,
            enabled_services=enabled_services,
            hostname=hostname,
            last_check=last_check,
            system_settings=system_settings,
            tls_verified=tls_verified,
            username=username,
            version=version,
            worker_capabilities=worker_capabilities,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item.additional_properties = (
            additional_properties
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
