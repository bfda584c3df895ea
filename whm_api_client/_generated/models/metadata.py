# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_result_type_0 import MetadataResultType0, check_metadata_result_type_0
from ..models.metadata_result_type_1 import MetadataResultType1, check_metadata_result_type_1
from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.metadata_output import MetadataOutput


T = TypeVar("T", bound="Metadata")
_new_instance = object.__new__


@_attrs_define
class Metadata:
    """
    Attributes:
        command (str):
        reason (str):  Example: OK.
        result (MetadataResultType0 | MetadataResultType1):  Example: 1.
        version (int | str):  Example: 1.
        error_count (Any | Unset):
        errors (Any | Unset):
        namespace (str | Unset):
        output (MetadataOutput | Unset):
        proxied_from (list[Any] | Unset):
        warnings (Any | Unset):
    """

    command: str
    reason: str
    result: MetadataResultType0 | MetadataResultType1
    version: int | str
    error_count: Any | Unset = UNSET
    errors: Any | Unset = UNSET
    namespace: str | Unset = UNSET
    output: MetadataOutput | Unset = UNSET
    proxied_from: list[Any] | Unset = UNSET
    warnings: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        command = self.command

        reason = self.reason

        result: int | str
        if isinstance(self.result, int):
            result = self.result
        else:
            result = self.result

        version: int | str
        version = self.version

        error_count = self.error_count

        errors = self.errors

        namespace = self.namespace

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        proxied_from: list[Any] | Unset = UNSET
        if not isinstance(self.proxied_from, Unset):
            proxied_from = self.proxied_from

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "reason": reason,
                "result": result,
                "version": version,
            }
        )
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if output is not UNSET:
            field_dict["output"] = output
        if proxied_from is not UNSET:
            field_dict["proxied_from"] = proxied_from
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")
        if command.__class__ is not str:
            command = read_value(command, "command", "string", True)

        reason = d.pop("reason")
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", True)

        def _parse_result(data: object) -> MetadataResultType0 | MetadataResultType1:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                result_type_0 = check_metadata_result_type_0(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            result_type_1 = check_metadata_result_type_1(data)

            return result_type_1

        result = _parse_result(d.pop("result"))

        def _parse_version(data: object) -> int | str:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                version_type_0 = data
                if version_type_0.__class__ is not int:
                    version_type_0 = read_value(version_type_0, "version_type_0", "integer", True)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            version_type_1 = data
            if version_type_1.__class__ is not str:
                version_type_1 = read_value(version_type_1, "version_type_1", "string", True)

            return version_type_1

        version = _parse_version(d.pop("version"))

        error_count = d.pop("error_count", UNSET)

        errors = d.pop("errors", UNSET)

        namespace = d.pop("namespace", UNSET)
        if namespace.__class__ is not str:
            namespace = read_value(namespace, "namespace", "string", False)

        _output = d.pop("output", UNSET)
        output: MetadataOutput | Unset
        if _output.__class__ is not dict:
            _output = read_object(_output, "output", False)
        output = UNSET if _output is UNSET else MetadataOutput.from_dict(_output)

        _proxied_from = d.pop("proxied_from", UNSET)
        if _proxied_from.__class__ is not list:
            _proxied_from = read_list(_proxied_from, "proxied_from", False)
        proxied_from: list[Any] | Unset = UNSET
        if _proxied_from is not UNSET:
            proxied_from = []
            for proxied_from_item_data in _proxied_from:
                proxied_from_item = proxied_from_item_data

                proxied_from.append(proxied_from_item)

        warnings = d.pop("warnings", UNSET)

        metadata = _new_instance(cls)
        metadata.command = command
        metadata.reason = reason
        metadata.result = result
        metadata.version = version
        metadata.error_count = error_count
        metadata.errors = errors
        metadata.namespace = namespace
        metadata.output = output
        metadata.proxied_from = proxied_from
        metadata.warnings = warnings

        metadata.additional_properties = dict(d) if d else {}
        return metadata

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


from ..models.metadata_output import MetadataOutput  # noqa: E402
