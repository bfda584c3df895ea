# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listaccts_data_acct_item_child_nodes_item import ListacctsDataAcctItemChildNodesItem


T = TypeVar("T", bound="ListacctsDataAcctItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backup = d.pop("backup", UNSET)
        if backup is None:
            backup = UNSET
        if not isinstance(backup, (int, Unset)):
            raise TypeError(f"field backup: expected integer, got {type(backup).__name__}")

        _child_nodes = d.pop("child_nodes", UNSET)
        child_nodes: list[ListacctsDataAcctItemChildNodesItem] | Unset = UNSET
        if _child_nodes is not None and not isinstance(_child_nodes, Unset):  # null reads as UNSET
            if not isinstance(_child_nodes, list):
                raise TypeError(f"field child_nodes: expected array, got {type(_child_nodes).__name__}")
            child_nodes = []
            for child_nodes_item_data in _child_nodes:
                _child_nodes_item = child_nodes_item_data
                if not isinstance(_child_nodes_item, dict):
                    raise TypeError(f"field child_nodes_item: expected object, got {type(_child_nodes_item).__name__}")
                child_nodes_item = ListacctsDataAcctItemChildNodesItem.from_dict(_child_nodes_item)

                child_nodes.append(child_nodes_item)

        disklimit = d.pop("disklimit", UNSET)

        diskused = d.pop("diskused", UNSET)
        if diskused is None:
            diskused = UNSET
        if not isinstance(diskused, (str, Unset)):
            raise TypeError(f"field diskused: expected string, got {type(diskused).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        email = d.pop("email", UNSET)
        if email is None:
            email = UNSET
        if not isinstance(email, (str, Unset)):
            raise TypeError(f"field email: expected string, got {type(email).__name__}")

        has_backup = d.pop("has_backup", UNSET)
        if has_backup is None:
            has_backup = UNSET
        if not isinstance(has_backup, (int, Unset)):
            raise TypeError(f"field has_backup: expected integer, got {type(has_backup).__name__}")

        inodeslimit = d.pop("inodeslimit", UNSET)

        inodesused = d.pop("inodesused", UNSET)
        if inodesused is None:
            inodesused = UNSET
        if not isinstance(inodesused, (int, Unset)):
            raise TypeError(f"field inodesused: expected integer, got {type(inodesused).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        _ipv6 = d.pop("ipv6", UNSET)
        ipv6: list[str] | Unset = UNSET
        if _ipv6 is not None and not isinstance(_ipv6, Unset):  # null reads as UNSET
            if not isinstance(_ipv6, list):
                raise TypeError(f"field ipv6: expected array, got {type(_ipv6).__name__}")
            ipv6 = []
            for ipv6_item_data in _ipv6:
                ipv6_item = ipv6_item_data
                if not isinstance(ipv6_item, (str,)):
                    raise TypeError(f"field ipv6_item: expected string, got {type(ipv6_item).__name__}")

                ipv6.append(ipv6_item)

        is_locked = d.pop("is_locked", UNSET)
        if is_locked is None:
            is_locked = UNSET
        if not isinstance(is_locked, (int, Unset)):
            raise TypeError(f"field is_locked: expected integer, got {type(is_locked).__name__}")

        is_temporary_domain = d.pop("is_temporary_domain", UNSET)
        if is_temporary_domain is None:
            is_temporary_domain = UNSET
        if not isinstance(is_temporary_domain, (int, Unset)):
            raise TypeError(f"field is_temporary_domain: expected integer, got {type(is_temporary_domain).__name__}")

        legacy_backup = d.pop("legacy_backup", UNSET)
        if legacy_backup is None:
            legacy_backup = UNSET
        if not isinstance(legacy_backup, (int, Unset)):
            raise TypeError(f"field legacy_backup: expected integer, got {type(legacy_backup).__name__}")

        mailbox_format = d.pop("mailbox_format", UNSET)
        if mailbox_format is None:
            mailbox_format = UNSET
        if not isinstance(mailbox_format, (str, Unset)):
            raise TypeError(f"field mailbox_format: expected string, got {type(mailbox_format).__name__}")

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
        if outgoing_mail_hold is None:
            outgoing_mail_hold = UNSET
        if not isinstance(outgoing_mail_hold, (int, Unset)):
            raise TypeError(f"field outgoing_mail_hold: expected integer, got {type(outgoing_mail_hold).__name__}")

        outgoing_mail_suspended = d.pop("outgoing_mail_suspended", UNSET)
        if outgoing_mail_suspended is None:
            outgoing_mail_suspended = UNSET
        if not isinstance(outgoing_mail_suspended, (int, Unset)):
            raise TypeError(
                f"field outgoing_mail_suspended: expected integer, got {type(outgoing_mail_suspended).__name__}"
            )

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        partition = d.pop("partition", UNSET)
        if partition is None:
            partition = UNSET
        if not isinstance(partition, (str, Unset)):
            raise TypeError(f"field partition: expected string, got {type(partition).__name__}")

        plan = d.pop("plan", UNSET)
        if plan is None:
            plan = UNSET
        if not isinstance(plan, (str, Unset)):
            raise TypeError(f"field plan: expected string, got {type(plan).__name__}")

        shell = d.pop("shell", UNSET)
        if shell is None:
            shell = UNSET
        if not isinstance(shell, (str, Unset)):
            raise TypeError(f"field shell: expected string, got {type(shell).__name__}")

        standalone_feature = d.pop("standalone_feature", UNSET)
        if standalone_feature is None:
            standalone_feature = UNSET
        if not isinstance(standalone_feature, (str, Unset)):
            raise TypeError(f"field standalone_feature: expected string, got {type(standalone_feature).__name__}")

        standalone_feature_name = d.pop("standalone_feature_name", UNSET)
        if standalone_feature_name is None:
            standalone_feature_name = UNSET
        if not isinstance(standalone_feature_name, (str, Unset)):
            raise TypeError(
                f"field standalone_feature_name: expected string, got {type(standalone_feature_name).__name__}"
            )

        startdate = d.pop("startdate", UNSET)
        if startdate is None:
            startdate = UNSET
        if not isinstance(startdate, (str, Unset)):
            raise TypeError(f"field startdate: expected string, got {type(startdate).__name__}")

        suspended = d.pop("suspended", UNSET)
        if suspended is None:
            suspended = UNSET
        if not isinstance(suspended, (int, Unset)):
            raise TypeError(f"field suspended: expected integer, got {type(suspended).__name__}")

        suspendreason = d.pop("suspendreason", UNSET)
        if suspendreason is None:
            suspendreason = UNSET
        if not isinstance(suspendreason, (str, Unset)):
            raise TypeError(f"field suspendreason: expected string, got {type(suspendreason).__name__}")

        def _parse_suspendtime(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                suspendtime_type_0 = data
                if not isinstance(suspendtime_type_0, (int,)):
                    raise TypeError(
                        f"field suspendtime_type_0: expected integer, got {type(suspendtime_type_0).__name__}"
                    )

                return suspendtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            suspendtime_type_1 = data
            if suspendtime_type_1 is not None:
                raise TypeError(f"field suspendtime_type_1: expected null, got {type(suspendtime_type_1).__name__}")

            return suspendtime_type_1

        suspendtime = _parse_suspendtime(d.pop("suspendtime", UNSET))

        temporary = d.pop("temporary", UNSET)
        if temporary is None:
            temporary = UNSET
        if not isinstance(temporary, (int, Unset)):
            raise TypeError(f"field temporary: expected integer, got {type(temporary).__name__}")

        theme = d.pop("theme", UNSET)
        if theme is None:
            theme = UNSET
        if not isinstance(theme, (str, Unset)):
            raise TypeError(f"field theme: expected string, got {type(theme).__name__}")

        uid = d.pop("uid", UNSET)
        if uid is None:
            uid = UNSET
        if not isinstance(uid, (int, Unset)):
            raise TypeError(f"field uid: expected integer, got {type(uid).__name__}")

        unix_startdate = d.pop("unix_startdate", UNSET)
        if unix_startdate is None:
            unix_startdate = UNSET
        if not isinstance(unix_startdate, (int, Unset)):
            raise TypeError(f"field unix_startdate: expected integer, got {type(unix_startdate).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        listaccts_data_acct_item = cls(
            backup=backup,
            child_nodes=child_nodes,
            disklimit=disklimit,
            diskused=diskused,
            domain=domain,
            email=email,
            has_backup=has_backup,
            inodeslimit=inodeslimit,
            inodesused=inodesused,
            ip=ip,
            ipv6=ipv6,
            is_locked=is_locked,
            is_temporary_domain=is_temporary_domain,
            legacy_backup=legacy_backup,
            mailbox_format=mailbox_format,
            max_defer_fail_percentage=max_defer_fail_percentage,
            max_email_per_hour=max_email_per_hour,
            max_emailacct_quota=max_emailacct_quota,
            maxaddons=maxaddons,
            maxftp=maxftp,
            maxlst=maxlst,
            maxparked=maxparked,
            maxpop=maxpop,
            maxsql=maxsql,
            maxsub=maxsub,
            min_defer_fail_to_trigger_protection=min_defer_fail_to_trigger_protection,
            outgoing_mail_hold=outgoing_mail_hold,
            outgoing_mail_suspended=outgoing_mail_suspended,
            owner=owner,
            partition=partition,
            plan=plan,
            shell=shell,
            standalone_feature=standalone_feature,
            standalone_feature_name=standalone_feature_name,
            startdate=startdate,
            suspended=suspended,
            suspendreason=suspendreason,
            suspendtime=suspendtime,
            temporary=temporary,
            theme=theme,
            uid=uid,
            unix_startdate=unix_startdate,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listaccts_data_acct_item.additional_properties = additional_properties
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
