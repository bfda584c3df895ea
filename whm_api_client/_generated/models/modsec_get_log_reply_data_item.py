# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecGetLogReplyDataItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_desc = d.pop("action_desc", UNSET)
        if action_desc.__class__ is not str:
            action_desc = read_value(action_desc, "action_desc", "string", False)

        file_exists = d.pop("file_exists", UNSET)
        if file_exists.__class__ is not int:
            file_exists = read_value(file_exists, "file_exists", "integer", False)

        handler = d.pop("handler", UNSET)
        if handler.__class__ is not str and handler is not None:
            handler = read_value(handler, "handler", "string", False)

        host = d.pop("host", UNSET)
        if host.__class__ is not str:
            host = read_value(host, "host", "string", False)

        http_method = d.pop("http_method", UNSET)
        if http_method.__class__ is not str:
            http_method = read_value(http_method, "http_method", "string", False)

        http_status = d.pop("http_status", UNSET)
        if http_status.__class__ is not int:
            http_status = read_value(http_status, "http_status", "integer", False)

        http_version = d.pop("http_version", UNSET)
        if http_version.__class__ is not str:
            http_version = read_value(http_version, "http_version", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not int:
            id = read_value(id, "id", "integer", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        justification = d.pop("justification", UNSET)
        if justification.__class__ is not str:
            justification = read_value(justification, "justification", "string", False)

        meta_file = d.pop("meta_file", UNSET)
        if meta_file.__class__ is not str:
            meta_file = read_value(meta_file, "meta_file", "string", False)

        meta_id = d.pop("meta_id", UNSET)
        if meta_id.__class__ is not int:
            meta_id = read_value(meta_id, "meta_id", "integer", False)

        meta_line = d.pop("meta_line", UNSET)
        if meta_line.__class__ is not int:
            meta_line = read_value(meta_line, "meta_line", "integer", False)

        meta_logdata = d.pop("meta_logdata", UNSET)
        if meta_logdata.__class__ is not str and meta_logdata is not None:
            meta_logdata = read_value(meta_logdata, "meta_logdata", "string", False)

        meta_msg = d.pop("meta_msg", UNSET)
        if meta_msg.__class__ is not str:
            meta_msg = read_value(meta_msg, "meta_msg", "string", False)

        meta_offset = d.pop("meta_offset", UNSET)
        if meta_offset.__class__ is not int:
            meta_offset = read_value(meta_offset, "meta_offset", "integer", False)

        meta_rev = d.pop("meta_rev", UNSET)
        if meta_rev.__class__ is not int and meta_rev is not None:
            meta_rev = read_value(meta_rev, "meta_rev", "integer", False)

        meta_severity = d.pop("meta_severity", UNSET)
        if meta_severity.__class__ is not str and meta_severity is not None:
            meta_severity = read_value(meta_severity, "meta_severity", "string", False)

        meta_uri = d.pop("meta_uri", UNSET)
        if meta_uri.__class__ is not str and meta_uri is not None:
            meta_uri = read_value(meta_uri, "meta_uri", "string", False)

        path = d.pop("path", UNSET)
        if path.__class__ is not str:
            path = read_value(path, "path", "string", False)

        reportable = d.pop("reportable", UNSET)
        if reportable.__class__ is not int:
            reportable = read_value(reportable, "reportable", "integer", False)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not str:
            timestamp = read_value(timestamp, "timestamp", "string", False)

        timezone = d.pop("timezone", UNSET)
        if timezone.__class__ is not int:
            timezone = read_value(timezone, "timezone", "integer", False)

        modsec_get_log_reply_data_item = _new_instance(cls)
        modsec_get_log_reply_data_item.action_desc = action_desc
        modsec_get_log_reply_data_item.file_exists = file_exists
        modsec_get_log_reply_data_item.handler = handler
        modsec_get_log_reply_data_item.host = host
        modsec_get_log_reply_data_item.http_method = http_method
        modsec_get_log_reply_data_item.http_status = http_status
        modsec_get_log_reply_data_item.http_version = http_version
        modsec_get_log_reply_data_item.id = id
        modsec_get_log_reply_data_item.ip = ip
        modsec_get_log_reply_data_item.justification = justification
        modsec_get_log_reply_data_item.meta_file = meta_file
        modsec_get_log_reply_data_item.meta_id = meta_id
        modsec_get_log_reply_data_item.meta_line = meta_line
        modsec_get_log_reply_data_item.meta_logdata = meta_logdata
        modsec_get_log_reply_data_item.meta_msg = meta_msg
        modsec_get_log_reply_data_item.meta_offset = meta_offset
        modsec_get_log_reply_data_item.meta_rev = meta_rev
        modsec_get_log_reply_data_item.meta_severity = meta_severity
        modsec_get_log_reply_data_item.meta_uri = meta_uri
        modsec_get_log_reply_data_item.path = path
        modsec_get_log_reply_data_item.reportable = reportable
        modsec_get_log_reply_data_item.timestamp = timestamp
        modsec_get_log_reply_data_item.timezone = timezone

        modsec_get_log_reply_data_item.additional_properties = dict(d) if d else {}
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
