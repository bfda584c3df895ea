# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.retrieve_transfer_session_remote_analysis_data_config import (
        RetrieveTransferSessionRemoteAnalysisDataConfig,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_items import (
        RetrieveTransferSessionRemoteAnalysisDataItems,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_local import (
        RetrieveTransferSessionRemoteAnalysisDataLocal,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_modules import (
        RetrieveTransferSessionRemoteAnalysisDataModules,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_options import (
        RetrieveTransferSessionRemoteAnalysisDataOptions,
    )
    from ..models.retrieve_transfer_session_remote_analysis_data_remote import (
        RetrieveTransferSessionRemoteAnalysisDataRemote,
    )


T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisData")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisData:
    """
    Attributes:
        config (RetrieveTransferSessionRemoteAnalysisDataConfig | Unset):
        items (RetrieveTransferSessionRemoteAnalysisDataItems | Unset):
        local (RetrieveTransferSessionRemoteAnalysisDataLocal | Unset):
        modules (RetrieveTransferSessionRemoteAnalysisDataModules | Unset):
        options (RetrieveTransferSessionRemoteAnalysisDataOptions | Unset):
        remote (RetrieveTransferSessionRemoteAnalysisDataRemote | Unset):
        transfer_session_id (str | Unset):
    """

    config: RetrieveTransferSessionRemoteAnalysisDataConfig | Unset = UNSET
    items: RetrieveTransferSessionRemoteAnalysisDataItems | Unset = UNSET
    local: RetrieveTransferSessionRemoteAnalysisDataLocal | Unset = UNSET
    modules: RetrieveTransferSessionRemoteAnalysisDataModules | Unset = UNSET
    options: RetrieveTransferSessionRemoteAnalysisDataOptions | Unset = UNSET
    remote: RetrieveTransferSessionRemoteAnalysisDataRemote | Unset = UNSET
    transfer_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        modules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = self.modules.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        transfer_session_id = self.transfer_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if items is not UNSET:
            field_dict["items"] = items
        if local is not UNSET:
            field_dict["local"] = local
        if modules is not UNSET:
            field_dict["modules"] = modules
        if options is not UNSET:
            field_dict["options"] = options
        if remote is not UNSET:
            field_dict["remote"] = remote
        if transfer_session_id is not UNSET:
            field_dict["transfer_session_id"] = transfer_session_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: RetrieveTransferSessionRemoteAnalysisDataConfig | Unset
        if _config.__class__ is not dict:
            _config = read_object(_config, "config", False)
        config = UNSET if _config is UNSET else RetrieveTransferSessionRemoteAnalysisDataConfig.from_dict(_config)

        _items = d.pop("items", UNSET)
        items: RetrieveTransferSessionRemoteAnalysisDataItems | Unset
        if _items.__class__ is not dict:
            _items = read_object(_items, "items", False)
        items = UNSET if _items is UNSET else RetrieveTransferSessionRemoteAnalysisDataItems.from_dict(_items)

        _local = d.pop("local", UNSET)
        local: RetrieveTransferSessionRemoteAnalysisDataLocal | Unset
        if _local.__class__ is not dict:
            _local = read_object(_local, "local", False)
        local = UNSET if _local is UNSET else RetrieveTransferSessionRemoteAnalysisDataLocal.from_dict(_local)

        _modules = d.pop("modules", UNSET)
        modules: RetrieveTransferSessionRemoteAnalysisDataModules | Unset
        if _modules.__class__ is not dict:
            _modules = read_object(_modules, "modules", False)
        modules = UNSET if _modules is UNSET else RetrieveTransferSessionRemoteAnalysisDataModules.from_dict(_modules)

        _options = d.pop("options", UNSET)
        options: RetrieveTransferSessionRemoteAnalysisDataOptions | Unset
        if _options.__class__ is not dict:
            _options = read_object(_options, "options", False)
        options = UNSET if _options is UNSET else RetrieveTransferSessionRemoteAnalysisDataOptions.from_dict(_options)

        _remote = d.pop("remote", UNSET)
        remote: RetrieveTransferSessionRemoteAnalysisDataRemote | Unset
        if _remote.__class__ is not dict:
            _remote = read_object(_remote, "remote", False)
        remote = UNSET if _remote is UNSET else RetrieveTransferSessionRemoteAnalysisDataRemote.from_dict(_remote)

        transfer_session_id = d.pop("transfer_session_id", UNSET)
        if transfer_session_id.__class__ is not str:
            transfer_session_id = read_value(transfer_session_id, "transfer_session_id", "string", False)

        retrieve_transfer_session_remote_analysis_data = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data.config = config
        retrieve_transfer_session_remote_analysis_data.items = items
        retrieve_transfer_session_remote_analysis_data.local = local
        retrieve_transfer_session_remote_analysis_data.modules = modules
        retrieve_transfer_session_remote_analysis_data.options = options
        retrieve_transfer_session_remote_analysis_data.remote = remote
        retrieve_transfer_session_remote_analysis_data.transfer_session_id = transfer_session_id

        retrieve_transfer_session_remote_analysis_data.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data

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


from ..models.retrieve_transfer_session_remote_analysis_data_config import (
    RetrieveTransferSessionRemoteAnalysisDataConfig,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_items import RetrieveTransferSessionRemoteAnalysisDataItems  # noqa: E402
from ..models.retrieve_transfer_session_remote_analysis_data_local import RetrieveTransferSessionRemoteAnalysisDataLocal  # noqa: E402
from ..models.retrieve_transfer_session_remote_analysis_data_modules import (
    RetrieveTransferSessionRemoteAnalysisDataModules,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_options import (
    RetrieveTransferSessionRemoteAnalysisDataOptions,  # noqa: E402
)
from ..models.retrieve_transfer_session_remote_analysis_data_remote import (
    RetrieveTransferSessionRemoteAnalysisDataRemote,  # noqa: E402
)
