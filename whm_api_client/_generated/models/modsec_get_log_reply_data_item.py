# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModsecGetLogReplyDataItem")


@_attrs_define
class ModsecGetLogReplyDataItem:
    """
    Attributes:
        action_desc (str | Unset):
        file_exists (int | Unset):
        handler (None | str | Unset):
        host (str | Unset):
        http_method (str | Unset):
        http_status (int | Unset):
        http_version (str | Unset):
        id (int | Unset):
        ip (str | Unset):
        justification (str | Unset):
        meta_file (str | Unset):
        meta_id (int | Unset):
        meta_line (int | Unset):
        meta_logdata (None | str | Unset):
        meta_msg (str | Unset):
        meta_offset (int | Unset):
        meta_rev (int | None | Unset):
        meta_severity (None | str | Unset):
        meta_uri (None | str | Unset):
        path (str | Unset):
        reportable (int | Unset):
        timestamp (str | Unset):
        timezone (int | Unset):
    """

    action_desc: str | Unset = UNSET
    file_exists: int | Unset = UNSET
    handler: None | str | Unset = UNSET
    host: str | Unset = UNSET
    http_method: str | Unset = UNSET
    http_status: int | Unset = UNSET
    http_version: str | Unset = UNSET
    id: int | Unset = UNSET
    ip: str | Unset = UNSET
    justification: str | Unset = UNSET
    meta_file: str | Unset = UNSET
    meta_id: int | Unset = UNSET
    meta_line: int | Unset = UNSET
    meta_logdata: None | str | Unset = UNSET
    meta_msg: str | Unset = UNSET
    meta_offset: int | Unset = UNSET
    meta_rev: int | None | Unset = UNSET
    meta_severity: None | str | Unset = UNSET
    meta_uri: None | str | Unset = UNSET
    path: str | Unset = UNSET
    reportable: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    timezone: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_desc = self.action_desc

        file_exists = self.file_exists

        handler: None | str | Unset
        if isinstance(self.handler, Unset):
            handler = UNSET
        else:
            handler = self.handler

        host = self.host

        http_method = self.http_method

        http_status = self.http_status

        http_version = self.http_version

        id = self.id

        ip = self.ip

        justification = self.justification

        meta_file = self.meta_file

        meta_id = self.meta_id

        meta_line = self.meta_line

        meta_logdata: None | str | Unset
        if isinstance(self.meta_logdata, Unset):
            meta_logdata = UNSET
        else:
            meta_logdata = self.meta_logdata

        meta_msg = self.meta_msg

        meta_offset = self.meta_offset

        meta_rev: int | None | Unset
        if isinstance(self.meta_rev, Unset):
            meta_rev = UNSET
        else:
            meta_rev = self.meta_rev

        meta_severity: None | str | Unset
        if isinstance(self.meta_severity, Unset):
            meta_severity = UNSET
        else:
            meta_severity = self.meta_severity

        meta_uri: None | str | Unset
        if isinstance(self.meta_uri, Unset):
            meta_uri = UNSET
        else:
            meta_uri = self.meta_uri

        path = self.path

        reportable = self.reportable

        timestamp = self.timestamp

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_desc is not UNSET:
            field_dict["action_desc"] = action_desc
        if file_exists is not UNSET:
            field_dict["file_exists"] = file_exists
        if handler is not UNSET:
            field_dict["handler"] = handler
        if host is not UNSET:
            field_dict["host"] = host
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
        if http_version is not UNSET:
            field_dict["http_version"] = http_version
        if id is not UNSET:
            field_dict["id"] = id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if justification is not UNSET:
            field_dict["justification"] = justification
        if meta_file is not UNSET:
            field_dict["meta_file"] = meta_file
        if meta_id is not UNSET:
            field_dict["meta_id"] = meta_id
        if meta_line is not UNSET:
            field_dict["meta_line"] = meta_line
        if meta_logdata is not UNSET:
            field_dict["meta_logdata"] = meta_logdata
        if meta_msg is not UNSET:
            field_dict["meta_msg"] = meta_msg
        if meta_offset is not UNSET:
            field_dict["meta_offset"] = meta_offset
        if meta_rev is not UNSET:
            field_dict["meta_rev"] = meta_rev
        if meta_severity is not UNSET:
            field_dict["meta_severity"] = meta_severity
        if meta_uri is not UNSET:
            field_dict["meta_uri"] = meta_uri
        if path is not UNSET:
            field_dict["path"] = path
        if reportable is not UNSET:
            field_dict["reportable"] = reportable
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_desc = d.pop("action_desc", UNSET)
        if action_desc is None:
            action_desc = UNSET
        if not isinstance(action_desc, (str, Unset)):
            raise TypeError(f"field action_desc: expected string, got {type(action_desc).__name__}")

        file_exists = d.pop("file_exists", UNSET)
        if file_exists is None:
            file_exists = UNSET
        if not isinstance(file_exists, (int, Unset)):
            raise TypeError(f"field file_exists: expected integer, got {type(file_exists).__name__}")

        def _parse_handler(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handler_type_0 = data
                if not isinstance(handler_type_0, (str,)):
                    raise TypeError(f"field handler_type_0: expected string, got {type(handler_type_0).__name__}")

                return handler_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            handler_type_1 = data
            if handler_type_1 is not None:
                raise TypeError(f"field handler_type_1: expected null, got {type(handler_type_1).__name__}")

            return handler_type_1

        handler = _parse_handler(d.pop("handler", UNSET))

        host = d.pop("host", UNSET)
        if host is None:
            host = UNSET
        if not isinstance(host, (str, Unset)):
            raise TypeError(f"field host: expected string, got {type(host).__name__}")

        http_method = d.pop("http_method", UNSET)
        if http_method is None:
            http_method = UNSET
        if not isinstance(http_method, (str, Unset)):
            raise TypeError(f"field http_method: expected string, got {type(http_method).__name__}")

        http_status = d.pop("http_status", UNSET)
        if http_status is None:
            http_status = UNSET
        if not isinstance(http_status, (int, Unset)):
            raise TypeError(f"field http_status: expected integer, got {type(http_status).__name__}")

        http_version = d.pop("http_version", UNSET)
        if http_version is None:
            http_version = UNSET
        if not isinstance(http_version, (str, Unset)):
            raise TypeError(f"field http_version: expected string, got {type(http_version).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (int, Unset)):
            raise TypeError(f"field id: expected integer, got {type(id).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        justification = d.pop("justification", UNSET)
        if justification is None:
            justification = UNSET
        if not isinstance(justification, (str, Unset)):
            raise TypeError(f"field justification: expected string, got {type(justification).__name__}")

        meta_file = d.pop("meta_file", UNSET)
        if meta_file is None:
            meta_file = UNSET
        if not isinstance(meta_file, (str, Unset)):
            raise TypeError(f"field meta_file: expected string, got {type(meta_file).__name__}")

        meta_id = d.pop("meta_id", UNSET)
        if meta_id is None:
            meta_id = UNSET
        if not isinstance(meta_id, (int, Unset)):
            raise TypeError(f"field meta_id: expected integer, got {type(meta_id).__name__}")

        meta_line = d.pop("meta_line", UNSET)
        if meta_line is None:
            meta_line = UNSET
        if not isinstance(meta_line, (int, Unset)):
            raise TypeError(f"field meta_line: expected integer, got {type(meta_line).__name__}")

        def _parse_meta_logdata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meta_logdata_type_0 = data
                if not isinstance(meta_logdata_type_0, (str,)):
                    raise TypeError(
                        f"field meta_logdata_type_0: expected string, got {type(meta_logdata_type_0).__name__}"
                    )

                return meta_logdata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            meta_logdata_type_1 = data
            if meta_logdata_type_1 is not None:
                raise TypeError(f"field meta_logdata_type_1: expected null, got {type(meta_logdata_type_1).__name__}")

            return meta_logdata_type_1

        meta_logdata = _parse_meta_logdata(d.pop("meta_logdata", UNSET))

        meta_msg = d.pop("meta_msg", UNSET)
        if meta_msg is None:
            meta_msg = UNSET
        if not isinstance(meta_msg, (str, Unset)):
            raise TypeError(f"field meta_msg: expected string, got {type(meta_msg).__name__}")

        meta_offset = d.pop("meta_offset", UNSET)
        if meta_offset is None:
            meta_offset = UNSET
        if not isinstance(meta_offset, (int, Unset)):
            raise TypeError(f"field meta_offset: expected integer, got {type(meta_offset).__name__}")

        def _parse_meta_rev(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                meta_rev_type_0 = data
                if not isinstance(meta_rev_type_0, (int,)):
                    raise TypeError(f"field meta_rev_type_0: expected integer, got {type(meta_rev_type_0).__name__}")

                return meta_rev_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            meta_rev_type_1 = data
            if meta_rev_type_1 is not None:
                raise TypeError(f"field meta_rev_type_1: expected null, got {type(meta_rev_type_1).__name__}")

            return meta_rev_type_1

        meta_rev = _parse_meta_rev(d.pop("meta_rev", UNSET))

        def _parse_meta_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meta_severity_type_0 = data
                if not isinstance(meta_severity_type_0, (str,)):
                    raise TypeError(
                        f"field meta_severity_type_0: expected string, got {type(meta_severity_type_0).__name__}"
                    )

                return meta_severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            meta_severity_type_1 = data
            if meta_severity_type_1 is not None:
                raise TypeError(f"field meta_severity_type_1: expected null, got {type(meta_severity_type_1).__name__}")

            return meta_severity_type_1

        meta_severity = _parse_meta_severity(d.pop("meta_severity", UNSET))

        def _parse_meta_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meta_uri_type_0 = data
                if not isinstance(meta_uri_type_0, (str,)):
                    raise TypeError(f"field meta_uri_type_0: expected string, got {type(meta_uri_type_0).__name__}")

                return meta_uri_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            meta_uri_type_1 = data
            if meta_uri_type_1 is not None:
                raise TypeError(f"field meta_uri_type_1: expected null, got {type(meta_uri_type_1).__name__}")

            return meta_uri_type_1

        meta_uri = _parse_meta_uri(d.pop("meta_uri", UNSET))

        path = d.pop("path", UNSET)
        if path is None:
            path = UNSET
        if not isinstance(path, (str, Unset)):
            raise TypeError(f"field path: expected string, got {type(path).__name__}")

        reportable = d.pop("reportable", UNSET)
        if reportable is None:
            reportable = UNSET
        if not isinstance(reportable, (int, Unset)):
            raise TypeError(f"field reportable: expected integer, got {type(reportable).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if timestamp is None:
            timestamp = UNSET
        if not isinstance(timestamp, (str, Unset)):
            raise TypeError(f"field timestamp: expected string, got {type(timestamp).__name__}")

        timezone = d.pop("timezone", UNSET)
        if timezone is None:
            timezone = UNSET
        if not isinstance(timezone, (int, Unset)):
            raise TypeError(f"field timezone: expected integer, got {type(timezone).__name__}")

        modsec_get_log_reply_data_item = cls(
            action_desc=action_desc,
            file_exists=file_exists,
            handler=handler,
            host=host,
            http_method=http_method,
            http_status=http_status,
            http_version=http_version,
            id=id,
            ip=ip,
            justification=justification,
            meta_file=meta_file,
            meta_id=meta_id,
            meta_line=meta_line,
            meta_logdata=meta_logdata,
            meta_msg=meta_msg,
            meta_offset=meta_offset,
            meta_rev=meta_rev,
            meta_severity=meta_severity,
            meta_uri=meta_uri,
            path=path,
            reportable=reportable,
            timestamp=timestamp,
            timezone=timezone,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_get_log_reply_data_item.additional_properties = additional_properties
        return modsec_get_log_reply_data_item

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
