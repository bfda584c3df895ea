# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.listaccts_data_acct_item_child_nodes_item import ListacctsDataAcctItemChildNodesItem


T = TypeVar("T", bound="ListacctsDataAcctItem")
_new_instance = object.__new__


@_attrs_define
class ListacctsDataAcctItem:
    """
    Attributes:
        backup (int | Unset):
        child_nodes (list[ListacctsDataAcctItemChildNodesItem] | Unset):
        disklimit (Any | Unset):
        diskused (str | Unset):
        domain (str | Unset):
        email (str | Unset):
        has_backup (int | Unset):
        inodeslimit (Any | Unset):
        inodesused (int | Unset):
        ip (str | Unset):
        ipv6 (list[str] | Unset):
        is_locked (int | Unset):
        is_temporary_domain (int | Unset):
        legacy_backup (int | Unset):
        mailbox_format (str | Unset):
        max_defer_fail_percentage (Any | Unset):
        max_email_per_hour (Any | Unset):
        max_emailacct_quota (Any | Unset):
        maxaddons (Any | Unset):
        maxftp (Any | Unset):
        maxlst (Any | Unset):
        maxparked (Any | Unset):
        maxpop (Any | Unset):
        maxsql (Any | Unset):
        maxsub (Any | Unset):
        min_defer_fail_to_trigger_protection (Any | Unset):
        outgoing_mail_hold (int | Unset):
        outgoing_mail_suspended (int | Unset):
        owner (str | Unset):
        partition (str | Unset):
        plan (str | Unset):
        shell (str | Unset):
        standalone_feature (str | Unset):
        standalone_feature_name (str | Unset):
        startdate (str | Unset):
        suspended (int | Unset):
        suspendreason (str | Unset):
        suspendtime (int | None | Unset):
        temporary (int | Unset):
        theme (str | Unset):
        uid (int | Unset):
        unix_startdate (int | Unset):
        user (str | Unset):
    """

    backup: int | Unset = UNSET
    child_nodes: list[ListacctsDataAcctItemChildNodesItem] | Unset = UNSET
    disklimit: Any | Unset = UNSET
    diskused: str | Unset = UNSET
    domain: str | Unset = UNSET
    email: str | Unset = UNSET
    has_backup: int | Unset = UNSET
    inodeslimit: Any | Unset = UNSET
    inodesused: int | Unset = UNSET
    ip: str | Unset = UNSET
    ipv6: list[str] | Unset = UNSET
    is_locked: int | Unset = UNSET
    is_temporary_domain: int | Unset = UNSET
    legacy_backup: int | Unset = UNSET
    mailbox_format: str | Unset = UNSET
    max_defer_fail_percentage: Any | Unset = UNSET
    max_email_per_hour: Any | Unset = UNSET
    max_emailacct_quota: Any | Unset = UNSET
    maxaddons: Any | Unset = UNSET
    maxftp: Any | Unset = UNSET
    maxlst: Any | Unset = UNSET
    maxparked: Any | Unset = UNSET
    maxpop: Any | Unset = UNSET
    maxsql: Any | Unset = UNSET
    maxsub: Any | Unset = UNSET
    min_defer_fail_to_trigger_protection: Any | Unset = UNSET
    outgoing_mail_hold: int | Unset = UNSET
    outgoing_mail_suspended: int | Unset = UNSET
    owner: str | Unset = UNSET
    partition: str | Unset = UNSET
    plan: str | Unset = UNSET
    shell: str | Unset = UNSET
    standalone_feature: str | Unset = UNSET
    standalone_feature_name: str | Unset = UNSET
    startdate: str | Unset = UNSET
    suspended: int | Unset = UNSET
    suspendreason: str | Unset = UNSET
    suspendtime: int | None | Unset = UNSET
    temporary: int | Unset = UNSET
    theme: str | Unset = UNSET
    uid: int | Unset = UNSET
    unix_startdate: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        backup = self.backup

        child_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_nodes, Unset):
            child_nodes = []
            for child_nodes_item_data in self.child_nodes:
                child_nodes_item = child_nodes_item_data.to_dict()
                child_nodes.append(child_nodes_item)

        disklimit = self.disklimit

        diskused = self.diskused

        domain = self.domain

        email = self.email

        has_backup = self.has_backup

        inodeslimit = self.inodeslimit

        inodesused = self.inodesused

        ip = self.ip

        ipv6: list[str] | Unset = UNSET
        if not isinstance(self.ipv6, Unset):
            ipv6 = self.ipv6

        is_locked = self.is_locked

        is_temporary_domain = self.is_temporary_domain

        legacy_backup = self.legacy_backup

        mailbox_format = self.mailbox_format

        max_defer_fail_percentage = self.max_defer_fail_percentage

        max_email_per_hour = self.max_email_per_hour

        max_emailacct_quota = self.max_emailacct_quota

        maxaddons = self.maxaddons

        maxftp = self.maxftp

        maxlst = self.maxlst

        maxparked = self.maxparked

        maxpop = self.maxpop

        maxsql = self.maxsql

        maxsub = self.maxsub

        min_defer_fail_to_trigger_protection = self.min_defer_fail_to_trigger_protection

        outgoing_mail_hold = self.outgoing_mail_hold

        outgoing_mail_suspended = self.outgoing_mail_suspended

        owner = self.owner

        partition = self.partition

        plan = self.plan

        shell = self.shell

        standalone_feature = self.standalone_feature

        standalone_feature_name = self.standalone_feature_name

        startdate = self.startdate

        suspended = self.suspended

        suspendreason = self.suspendreason

        suspendtime: int | None | Unset
        if isinstance(self.suspendtime, Unset):
            suspendtime = UNSET
        else:
            suspendtime = self.suspendtime

        temporary = self.temporary

        theme = self.theme

        uid = self.uid

        unix_startdate = self.unix_startdate

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup is not UNSET:
            field_dict["backup"] = backup
        if child_nodes is not UNSET:
            field_dict["child_nodes"] = child_nodes
        if disklimit is not UNSET:
            field_dict["disklimit"] = disklimit
        if diskused is not UNSET:
            field_dict["diskused"] = diskused
        if domain is not UNSET:
            field_dict["domain"] = domain
        if email is not UNSET:
            field_dict["email"] = email
        if has_backup is not UNSET:
            field_dict["has_backup"] = has_backup
        if inodeslimit is not UNSET:
            field_dict["inodeslimit"] = inodeslimit
        if inodesused is not UNSET:
            field_dict["inodesused"] = inodesused
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if is_temporary_domain is not UNSET:
            field_dict["is_temporary_domain"] = is_temporary_domain
        if legacy_backup is not UNSET:
            field_dict["legacy_backup"] = legacy_backup
        if mailbox_format is not UNSET:
            field_dict["mailbox_format"] = mailbox_format
        if max_defer_fail_percentage is not UNSET:
            field_dict["max_defer_fail_percentage"] = max_defer_fail_percentage
        if max_email_per_hour is not UNSET:
            field_dict["max_email_per_hour"] = max_email_per_hour
        if max_emailacct_quota is not UNSET:
            field_dict["max_emailacct_quota"] = max_emailacct_quota
        if maxaddons is not UNSET:
            field_dict["maxaddons"] = maxaddons
        if maxftp is not UNSET:
            field_dict["maxftp"] = maxftp
        if maxlst is not UNSET:
            field_dict["maxlst"] = maxlst
        if maxparked is not UNSET:
            field_dict["maxparked"] = maxparked
        if maxpop is not UNSET:
            field_dict["maxpop"] = maxpop
        if maxsql is not UNSET:
            field_dict["maxsql"] = maxsql
        if maxsub is not UNSET:
            field_dict["maxsub"] = maxsub
        if min_defer_fail_to_trigger_protection is not UNSET:
            field_dict["min_defer_fail_to_trigger_protection"] = min_defer_fail_to_trigger_protection
        if outgoing_mail_hold is not UNSET:
            field_dict["outgoing_mail_hold"] = outgoing_mail_hold
        if outgoing_mail_suspended is not UNSET:
            field_dict["outgoing_mail_suspended"] = outgoing_mail_suspended
        if owner is not UNSET:
            field_dict["owner"] = owner
        if partition is not UNSET:
            field_dict["partition"] = partition
        if plan is not UNSET:
            field_dict["plan"] = plan
        if shell is not UNSET:
            field_dict["shell"] = shell
        if standalone_feature is not UNSET:
            field_dict["standalone_feature"] = standalone_feature
        if standalone_feature_name is not UNSET:
            field_dict["standalone_feature_name"] = standalone_feature_name
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if suspendreason is not UNSET:
            field_dict["suspendreason"] = suspendreason
        if suspendtime is not UNSET:
            field_dict["suspendtime"] = suspendtime
        if temporary is not UNSET:
            field_dict["temporary"] = temporary
        if theme is not UNSET:
            field_dict["theme"] = theme
        if uid is not UNSET:
            field_dict["uid"] = uid
        if unix_startdate is not UNSET:
            field_dict["unix_startdate"] = unix_startdate
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup = d.pop("backup", UNSET)
        if backup.__class__ is not int:
            backup = read_value(backup, "backup", "integer", False)

        _child_nodes = d.pop("child_nodes", UNSET)
        if _child_nodes.__class__ is not list:
            _child_nodes = read_list(_child_nodes, "child_nodes", False)
        child_nodes: list[ListacctsDataAcctItemChildNodesItem] | Unset = UNSET
        if _child_nodes is not UNSET:
            child_nodes = []
            for child_nodes_item_data in _child_nodes:
                _child_nodes_item = child_nodes_item_data
                if _child_nodes_item.__class__ is not dict:
                    _child_nodes_item = read_object(_child_nodes_item, "child_nodes_item", True)
                child_nodes_item = ListacctsDataAcctItemChildNodesItem.from_dict(_child_nodes_item)

                child_nodes.append(child_nodes_item)

        disklimit = d.pop("disklimit", UNSET)

        diskused = d.pop("diskused", UNSET)
        if diskused.__class__ is not str:
            diskused = read_value(diskused, "diskused", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        email = d.pop("email", UNSET)
        if email.__class__ is not str:
            email = read_value(email, "email", "string", False)

        has_backup = d.pop("has_backup", UNSET)
        if has_backup.__class__ is not int:
            has_backup = read_value(has_backup, "has_backup", "integer", False)

        inodeslimit = d.pop("inodeslimit", UNSET)

        inodesused = d.pop("inodesused", UNSET)
        if inodesused.__class__ is not int:
            inodesused = read_value(inodesused, "inodesused", "integer", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        _ipv6 = d.pop("ipv6", UNSET)
        if _ipv6.__class__ is not list:
            _ipv6 = read_list(_ipv6, "ipv6", False)
        ipv6: list[str] | Unset = UNSET
        if _ipv6 is not UNSET:
            ipv6 = _ipv6
            for _item in _ipv6:
                if _item.__class__ is not str:
                    ipv6 = read_items(_ipv6, "ipv6_item", "string")
                    break

        is_locked = d.pop("is_locked", UNSET)
        if is_locked.__class__ is not int:
            is_locked = read_value(is_locked, "is_locked", "integer", False)

        is_temporary_domain = d.pop("is_temporary_domain", UNSET)
        if is_temporary_domain.__class__ is not int:
            is_temporary_domain = read_value(is_temporary_domain, "is_temporary_domain", "integer", False)

        legacy_backup = d.pop("legacy_backup", UNSET)
        if legacy_backup.__class__ is not int:
            legacy_backup = read_value(legacy_backup, "legacy_backup", "integer", False)

        mailbox_format = d.pop("mailbox_format", UNSET)
        if mailbox_format.__class__ is not str:
            mailbox_format = read_value(mailbox_format, "mailbox_format", "string", False)

        max_defer_fail_percentage = d.pop("max_defer_fail_percentage", UNSET)

        max_email_per_hour = d.pop("max_email_per_hour", UNSET)

        max_emailacct_quota = d.pop("max_emailacct_quota", UNSET)

        maxaddons = d.pop("maxaddons", UNSET)

        maxftp = d.pop("maxftp", UNSET)

        maxlst = d.pop("maxlst", UNSET)

        maxparked = d.pop("maxparked", UNSET)

        maxpop = d.pop("maxpop", UNSET)

        maxsql = d.pop("maxsql", UNSET)

        maxsub = d.pop("maxsub", UNSET)

        min_defer_fail_to_trigger_protection = d.pop("min_defer_fail_to_trigger_protection", UNSET)

        outgoing_mail_hold = d.pop("outgoing_mail_hold", UNSET)
        if outgoing_mail_hold.__class__ is not int:
            outgoing_mail_hold = read_value(outgoing_mail_hold, "outgoing_mail_hold", "integer", False)

        outgoing_mail_suspended = d.pop("outgoing_mail_suspended", UNSET)
        if outgoing_mail_suspended.__class__ is not int:
            outgoing_mail_suspended = read_value(outgoing_mail_suspended, "outgoing_mail_suspended", "integer", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        partition = d.pop("partition", UNSET)
        if partition.__class__ is not str:
            partition = read_value(partition, "partition", "string", False)

        plan = d.pop("plan", UNSET)
        if plan.__class__ is not str:
            plan = read_value(plan, "plan", "string", False)

        shell = d.pop("shell", UNSET)
        if shell.__class__ is not str:
            shell = read_value(shell, "shell", "string", False)

        standalone_feature = d.pop("standalone_feature", UNSET)
        if standalone_feature.__class__ is not str:
            standalone_feature = read_value(standalone_feature, "standalone_feature", "string", False)

        standalone_feature_name = d.pop("standalone_feature_name", UNSET)
        if standalone_feature_name.__class__ is not str:
            standalone_feature_name = read_value(standalone_feature_name, "standalone_feature_name", "string", False)

        startdate = d.pop("startdate", UNSET)
        if startdate.__class__ is not str:
            startdate = read_value(startdate, "startdate", "string", False)

        suspended = d.pop("suspended", UNSET)
        if suspended.__class__ is not int:
            suspended = read_value(suspended, "suspended", "integer", False)

        suspendreason = d.pop("suspendreason", UNSET)
        if suspendreason.__class__ is not str:
            suspendreason = read_value(suspendreason, "suspendreason", "string", False)

        suspendtime = d.pop("suspendtime", UNSET)
        if suspendtime.__class__ is not int and suspendtime is not None:
            suspendtime = read_value(suspendtime, "suspendtime", "integer", False)

        temporary = d.pop("temporary", UNSET)
        if temporary.__class__ is not int:
            temporary = read_value(temporary, "temporary", "integer", False)

        theme = d.pop("theme", UNSET)
        if theme.__class__ is not str:
            theme = read_value(theme, "theme", "string", False)

        uid = d.pop("uid", UNSET)
        if uid.__class__ is not int:
            uid = read_value(uid, "uid", "integer", False)

        unix_startdate = d.pop("unix_startdate", UNSET)
        if unix_startdate.__class__ is not int:
            unix_startdate = read_value(unix_startdate, "unix_startdate", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        listaccts_data_acct_item = _new_instance(cls)
        listaccts_data_acct_item.backup = backup
        listaccts_data_acct_item.child_nodes = child_nodes
        listaccts_data_acct_item.disklimit = disklimit
        listaccts_data_acct_item.diskused = diskused
        listaccts_data_acct_item.domain = domain
        listaccts_data_acct_item.email = email
        listaccts_data_acct_item.has_backup = has_backup
        listaccts_data_acct_item.inodeslimit = inodeslimit
        listaccts_data_acct_item.inodesused = inodesused
        listaccts_data_acct_item.ip = ip
        listaccts_data_acct_item.ipv6 = ipv6
        listaccts_data_acct_item.is_locked = is_locked
        listaccts_data_acct_item.is_temporary_domain = is_temporary_domain
        listaccts_data_acct_item.legacy_backup = legacy_backup
        listaccts_data_acct_item.mailbox_format = mailbox_format
        listaccts_data_acct_item.max_defer_fail_percentage = max_defer_fail_percentage
        listaccts_data_acct_item.max_email_per_hour = max_email_per_hour
        listaccts_data_acct_item.max_emailacct_quota = max_emailacct_quota
        listaccts_data_acct_item.maxaddons = maxaddons
        listaccts_data_acct_item.maxftp = maxftp
        listaccts_data_acct_item.maxlst = maxlst
        listaccts_data_acct_item.maxparked = maxparked
        listaccts_data_acct_item.maxpop = maxpop
        listaccts_data_acct_item.maxsql = maxsql
        listaccts_data_acct_item.maxsub = maxsub
        listaccts_data_acct_item.min_defer_fail_to_trigger_protection = min_defer_fail_to_trigger_protection
        listaccts_data_acct_item.outgoing_mail_hold = outgoing_mail_hold
        listaccts_data_acct_item.outgoing_mail_suspended = outgoing_mail_suspended
        listaccts_data_acct_item.owner = owner
        listaccts_data_acct_item.partition = partition
        listaccts_data_acct_item.plan = plan
        listaccts_data_acct_item.shell = shell
        listaccts_data_acct_item.standalone_feature = standalone_feature
        listaccts_data_acct_item.standalone_feature_name = standalone_feature_name
        listaccts_data_acct_item.startdate = startdate
        listaccts_data_acct_item.suspended = suspended
        listaccts_data_acct_item.suspendreason = suspendreason
        listaccts_data_acct_item.suspendtime = suspendtime
        listaccts_data_acct_item.temporary = temporary
        listaccts_data_acct_item.theme = theme
        listaccts_data_acct_item.uid = uid
        listaccts_data_acct_item.unix_startdate = unix_startdate
        listaccts_data_acct_item.user = user

        listaccts_data_acct_item.additional_properties = dict(d) if d else {}
        return listaccts_data_acct_item

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


from ..models.listaccts_data_acct_item_child_nodes_item import ListacctsDataAcctItemChildNodesItem  # noqa: E402
