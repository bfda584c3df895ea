# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""One module per WHM API 1 function, grouped by tag, and an index of them all."""

from typing import Literal, NamedTuple


class FunctionInfo(NamedTuple):
    """What the client knows about a function without importing its module."""

    module: str  # under api/, e.g. "accounts.listaccts"
    method: str  # the HTTP method the spec declares: "GET" or "POST"
    read_only: bool  # x-whm-read-only: safe to repeat
    namespace: str | None  # served at json-api/NAMESPACE/FUNCTION when set
    body: Literal["query", "form", "json"]  # how the arguments travel
    since_version: str | None  # the release that added it, as the spec writes it ("11.132")


# function name (without its namespace) -> what the client needs to call it
FUNCTIONS: dict[str, FunctionInfo] = {
    "_getpkgextensionform": FunctionInfo("packages.field_getpkgextensionform", "GET", True, None, "query", "11.40"),
    "abort_transfer_session": FunctionInfo("transfers.abort_transfer_session", "GET", False, None, "query", "11.44"),
    "accept_eula": FunctionInfo("updates.accept_eula", "GET", False, None, "query", "76"),
    "accesshash": FunctionInfo("ssh_keys_and_connections.accesshash", "GET", False, None, "query", "11"),
    "accountsummary": FunctionInfo("accounts.accountsummary", "GET", True, None, "query", "11.32"),
    "acctcounts": FunctionInfo("resellers.acctcounts", "GET", True, None, "query", "11"),
    "activate_zone_key": FunctionInfo("dns.activate_zone_key", "GET", False, None, "query", "86"),
    "add_autossl_user_excluded_domains": FunctionInfo(
        "ssl.add_autossl_user_excluded_domains", "GET", False, None, "query", "66"
    ),
    "add_configclusterserver": FunctionInfo(
        "server_administration.add_configclusterserver", "POST", False, None, "form", "11.44"
    ),
    "add_override_features_for_user": FunctionInfo(
        "packages.add_override_features_for_user", "GET", False, None, "query", "56"
    ),
    "add_zone_key": FunctionInfo("dns.add_zone_key", "GET", False, None, "query", "86"),
    "adddns": FunctionInfo("dns.adddns", "GET", False, None, "query", "11.28"),
    "addips": FunctionInfo("ip_addresses.addips", "GET", False, None, "query", "11"),
    "addpkg": FunctionInfo("packages.addpkg", "GET", False, None, "query", "11"),
    "addpkgext": FunctionInfo("packages.addpkgext", "GET", False, None, "query", "68"),
    "addzonerecord": FunctionInfo("dns.addzonerecord", "POST", False, None, "form", "11"),
    "allow_all_whm_root_access": FunctionInfo(
        "whm_access.allow_all_whm_root_access", "GET", False, None, "query", "108"
    ),
    "analyze_transfer_session_remote": FunctionInfo(
        "transfers.analyze_transfer_session_remote", "GET", False, None, "query", "11.44"
    ),
    "api_token_create": FunctionInfo("authentication.api_token_create", "GET", False, None, "query", "64"),
    "api_token_get_details": FunctionInfo("authentication.api_token_get_details", "GET", False, None, "query", "98"),
    "api_token_list": FunctionInfo("authentication.api_token_list", "GET", True, None, "query", "64"),
    "api_token_revoke": FunctionInfo("authentication.api_token_revoke", "GET", False, None, "query", "64"),
    "api_token_update": FunctionInfo("authentication.api_token_update", "GET", False, None, "query", "68"),
    "applist": FunctionInfo("applications.applist", "GET", True, None, "query", "11"),
    "apply_dmarc": FunctionInfo("mail.apply_dmarc", "GET", False, None, "query", "124"),
    "assign_account_enhancement": FunctionInfo(
        "account_enhancements.assign_account_enhancement", "GET", False, None, "query", "11.98"
    ),
    "authorizesshkey": FunctionInfo("ssh_keys_and_connections.authorizesshkey", "GET", False, None, "query", "11"),
    "available_transfer_modules": FunctionInfo(
        "transfers.available_transfer_modules", "GET", False, None, "query", "11.44"
    ),
    "background_mysql_upgrade_checker_run": FunctionInfo(
        "databases.background_mysql_upgrade_checker_run", "GET", False, None, "query", "88"
    ),
    "background_mysql_upgrade_status": FunctionInfo(
        "databases.background_mysql_upgrade_status", "GET", False, None, "query", "11.48"
    ),
    "backup_config_get": FunctionInfo("backups.backup_config_get", "GET", True, None, "query", "11.38"),
    "backup_config_set": FunctionInfo("backups.backup_config_set", "GET", False, None, "query", "11.38"),
    "backup_date_list": FunctionInfo("backups.backup_date_list", "GET", True, None, "query", "11.38"),
    "backup_destination_add": FunctionInfo("backups.backup_destination_add", "GET", False, None, "query", "11.38"),
    "backup_destination_delete": FunctionInfo(
        "backups.backup_destination_delete", "GET", False, None, "query", "11.38"
    ),
    "backup_destination_get": FunctionInfo("backups.backup_destination_get", "GET", True, None, "query", "11.38"),
    "backup_destination_list": FunctionInfo("backups.backup_destination_list", "GET", True, None, "query", "11.38"),
    "backup_destination_set": FunctionInfo("backups.backup_destination_set", "POST", False, None, "form", "11.38"),
    "backup_destination_validate": FunctionInfo(
        "backups.backup_destination_validate", "GET", False, None, "query", "11.38"
    ),
    "backup_does_client_id_have_google_credentials": FunctionInfo(
        "backups.backup_does_client_id_have_google_credentials", "GET", False, None, "query", "68"
    ),
    "backup_generate_google_oauth_uri": FunctionInfo(
        "backups.backup_generate_google_oauth_uri", "GET", False, None, "query", "68"
    ),
    "backup_get_transport_status": FunctionInfo(
        "backups.backup_get_transport_status", "GET", True, None, "query", "78"
    ),
    "backup_list_transported": FunctionInfo("backups.backup_list_transported", "GET", False, None, "query", "76"),
    "backup_set_list": FunctionInfo("backups.backup_set_list", "GET", False, None, "query", "11.38"),
    "backup_set_list_combined": FunctionInfo("backups.backup_set_list_combined", "GET", False, None, "query", "80"),
    "backup_skip_users_all": FunctionInfo("backups.backup_skip_users_all", "GET", False, None, "query", "11.38"),
    "backup_skip_users_all_status": FunctionInfo(
        "backups.backup_skip_users_all_status", "GET", True, None, "query", "11.38"
    ),
    "backup_user_list": FunctionInfo("backups.backup_user_list", "GET", True, None, "query", "11.38"),
    "batch": FunctionInfo("api_execution.batch", "GET", False, None, "query", "11"),
    "batch_create_cphulk_records": FunctionInfo(
        "c_p_hulk.batch_create_cphulk_records", "POST", False, None, "form", "11.48"
    ),
    "block_incoming_email_from_country": FunctionInfo(
        "mail.block_incoming_email_from_country", "GET", False, None, "query", "84"
    ),
    "block_incoming_email_from_domain": FunctionInfo(
        "mail.block_incoming_email_from_domain", "GET", False, None, "query", "84"
    ),
    "changepackage": FunctionInfo("packages.changepackage", "GET", False, None, "query", "11"),
    "check_remote_ssh_connection": FunctionInfo(
        "ssh_keys_and_connections.check_remote_ssh_connection", "GET", True, None, "query", "11"
    ),
    "cluster_member_has_trust_with": FunctionInfo(
        "dns.cluster_member_has_trust_with", "GET", False, None, "query", "84"
    ),
    "configurebackgroundprocesskiller": FunctionInfo(
        "server_administration.configurebackgroundprocesskiller", "GET", False, None, "query", "11"
    ),
    "configureservice": FunctionInfo("server_administration.configureservice", "GET", False, None, "query", "11.38"),
    "convert_addon_fetch_conversion_details": FunctionInfo(
        "domain_information.convert_addon_fetch_conversion_details", "GET", False, None, "query", "58"
    ),
    "convert_addon_fetch_domain_details": FunctionInfo(
        "domain_information.convert_addon_fetch_domain_details", "GET", False, None, "query", "56"
    ),
    "convert_addon_get_conversion_status": FunctionInfo(
        "domain_information.convert_addon_get_conversion_status", "GET", False, None, "query", "58"
    ),
    "convert_addon_initiate_conversion": FunctionInfo(
        "domain_information.convert_addon_initiate_conversion", "GET", False, None, "query", "56"
    ),
    "convert_addon_list_addon_domains": FunctionInfo(
        "domain_information.convert_addon_list_addon_domains", "GET", False, None, "query", "56"
    ),
    "convert_addon_list_conversions": FunctionInfo(
        "domain_information.convert_addon_list_conversions", "GET", False, None, "query", "58"
    ),
    "convert_all_domains_to_fpm": FunctionInfo("php_fpm.convert_all_domains_to_fpm", "GET", False, None, "query", "66"),
    "convert_and_migrate_from_legacy_config": FunctionInfo(
        "backups.convert_and_migrate_from_legacy_config", "GET", False, None, "query", "64"
    ),
    "convertopensshtoputty": FunctionInfo(
        "ssh_keys_and_connections.convertopensshtoputty", "GET", False, None, "query", "11.32"
    ),
    "cors_proxy_get": FunctionInfo("api_execution.cors_proxy_get", "GET", True, None, "query", "68"),
    "cpanel": FunctionInfo("api_execution.cpanel", "GET", False, None, "query", "84"),
    "cpgreylist_is_server_netblock_trusted": FunctionInfo(
        "greylisting.cpgreylist_is_server_netblock_trusted", "GET", True, None, "query", "11.50"
    ),
    "cpgreylist_list_entries_for_common_mail_provider": FunctionInfo(
        "greylisting.cpgreylist_list_entries_for_common_mail_provider", "GET", False, None, "query", "11.52"
    ),
    "cpgreylist_load_common_mail_providers_config": FunctionInfo(
        "greylisting.cpgreylist_load_common_mail_providers_config", "GET", False, None, "query", "11.52"
    ),
    "cpgreylist_save_common_mail_providers_config": FunctionInfo(
        "greylisting.cpgreylist_save_common_mail_providers_config", "GET", False, None, "query", "11.52"
    ),
    "cpgreylist_status": FunctionInfo("greylisting.cpgreylist_status", "GET", True, None, "query", "11.50"),
    "cpgreylist_trust_entries_for_common_mail_provider": FunctionInfo(
        "greylisting.cpgreylist_trust_entries_for_common_mail_provider", "GET", False, None, "query", "11.52"
    ),
    "cpgreylist_untrust_entries_for_common_mail_provider": FunctionInfo(
        "greylisting.cpgreylist_untrust_entries_for_common_mail_provider", "GET", False, None, "query", "11.52"
    ),
    "cphulk_status": FunctionInfo("c_p_hulk.cphulk_status", "GET", True, None, "query", "11.48"),
    "create_account_enhancement": FunctionInfo(
        "account_enhancements.create_account_enhancement", "GET", False, None, "query", "11.98"
    ),
    "create_cpgreylist_trusted_host": FunctionInfo(
        "greylisting.create_cpgreylist_trusted_host", "GET", False, None, "query", "11.50"
    ),
    "create_cphulk_record": FunctionInfo("c_p_hulk.create_cphulk_record", "GET", False, None, "query", "11.48"),
    "create_featurelist": FunctionInfo("packages.create_featurelist", "GET", False, None, "query", "11.46"),
    "create_integration_group": FunctionInfo("integration.create_integration_group", "GET", False, None, "query", "54"),
    "create_integration_link": FunctionInfo("integration.create_integration_link", "GET", False, None, "query", "54"),
    "create_parked_domain_for_user": FunctionInfo(
        "dns.create_parked_domain_for_user", "GET", False, None, "query", "82"
    ),
    "create_remote_root_transfer_session": FunctionInfo(
        "transfers.create_remote_root_transfer_session", "GET", False, None, "query", "11.44"
    ),
    "create_remote_user_transfer_session": FunctionInfo(
        "transfers.create_remote_user_transfer_session", "GET", False, None, "query", "11.44"
    ),
    "create_subdomain": FunctionInfo("dns.create_subdomain", "GET", False, None, "query", "86"),
    "create_user_session": FunctionInfo(
        "server_administration.create_user_session", "GET", False, None, "query", "11.40"
    ),
    "createacct": FunctionInfo("account_creation.createacct", "GET", False, None, "query", "11.32"),
    "current_mysql_version": FunctionInfo("databases.current_mysql_version", "GET", True, None, "query", "11.48"),
    "deactivate_zone_key": FunctionInfo("dns.deactivate_zone_key", "GET", False, None, "query", "86"),
    "delete_account_archives": FunctionInfo("transfers.delete_account_archives", "GET", False, None, "query", "70"),
    "delete_account_enhancement": FunctionInfo(
        "account_enhancements.delete_account_enhancement", "GET", False, None, "query", "98"
    ),
    "delete_configclusterserver": FunctionInfo(
        "server_administration.delete_configclusterserver", "GET", False, None, "query", "11.44"
    ),
    "delete_cpgreylist_trusted_host": FunctionInfo(
        "greylisting.delete_cpgreylist_trusted_host", "GET", False, None, "query", "11.50"
    ),
    "delete_cphulk_record": FunctionInfo("c_p_hulk.delete_cphulk_record", "GET", False, None, "query", "11.48"),
    "delete_customizations": FunctionInfo("customizations.delete_customizations", "GET", False, None, "query", "100"),
    "delete_domain": FunctionInfo("dns.delete_domain", "GET", False, None, "query", "86"),
    "delete_featurelist": FunctionInfo("packages.delete_featurelist", "GET", False, None, "query", "11"),
    "delete_hook": FunctionInfo("script_hooks.delete_hook", "GET", False, None, "query", "11.32"),
    "delete_rpm_version": FunctionInfo("rpm.delete_rpm_version", "GET", False, None, "query", "11.32"),
    "delete_ssl_vhost": FunctionInfo("ssl.delete_ssl_vhost", "GET", False, None, "query", "82"),
    "deletesshkey": FunctionInfo("ssh_keys_and_connections.deletesshkey", "GET", False, None, "query", "11"),
    "delip": FunctionInfo("ip_addresses.delip", "GET", False, None, "query", "11"),
    "delpkgext": FunctionInfo("packages.delpkgext", "GET", False, None, "query", "68"),
    "disable_authentication_provider": FunctionInfo(
        "authentication.disable_authentication_provider", "GET", False, None, "query", "54"
    ),
    "disable_autossl": FunctionInfo("ssl.disable_autossl", "GET", False, None, "query", "58"),
    "disable_cpgreylist": FunctionInfo("greylisting.disable_cpgreylist", "GET", False, None, "query", "11.50"),
    "disable_cphulk": FunctionInfo("c_p_hulk.disable_cphulk", "GET", False, None, "query", "11.48"),
    "disable_dkim": FunctionInfo("mail.disable_dkim", "GET", False, None, "query", "78"),
    "disable_dnssec_for_domains": FunctionInfo("dns.disable_dnssec_for_domains", "GET", False, None, "query", "86"),
    "disable_failing_authentication_providers": FunctionInfo(
        "authentication.disable_failing_authentication_providers", "GET", False, None, "query", "54"
    ),
    "disable_mail_sni": FunctionInfo("mail.disable_mail_sni", "GET", False, None, "query", "11.48"),
    "disable_market_provider": FunctionInfo("market.disable_market_provider", "GET", False, None, "query", "56"),
    "domainuserdata": FunctionInfo("domain_information.domainuserdata", "GET", True, None, "query", "11.32"),
    "dumpzone": FunctionInfo("dns.dumpzone", "GET", True, None, "query", "11"),
    "ea4_get_additional_pkg_prefixes": FunctionInfo(
        "easy_apache.ea4_get_additional_pkg_prefixes", "GET", False, None, "query", "116"
    ),
    "ea4_get_currently_installed_packages": FunctionInfo(
        "easy_apache.ea4_get_currently_installed_packages", "GET", False, None, "query", "62"
    ),
    "ea4_list_profiles": FunctionInfo("easy_apache.ea4_list_profiles", "GET", False, None, "query", "11.52"),
    "ea4_metainfo": FunctionInfo("easy_apache.ea4_metainfo", "GET", False, None, "query", "80"),
    "ea4_recommendations": FunctionInfo("easy_apache.ea4_recommendations", "GET", False, None, "query", "64"),
    "ea4_save_profile": FunctionInfo("easy_apache.ea4_save_profile", "GET", False, None, "query", "64"),
    "edit_hook": FunctionInfo("script_hooks.edit_hook", "GET", False, None, "query", "11.32"),
    "edit_rpm_version": FunctionInfo("rpm.edit_rpm_version", "GET", False, None, "query", "11.32"),
    "editpkg": FunctionInfo("packages.editpkg", "GET", False, None, "query", "11"),
    "editquota": FunctionInfo("bandwidth_and_disk_quotas.editquota", "GET", False, None, "query", "11"),
    "editzonerecord": FunctionInfo("dns.editzonerecord", "POST", False, None, "form", "11"),
    "emailtrack_search": FunctionInfo("mail.emailtrack_search", "GET", False, None, "query", "11"),
    "emailtrack_stats": FunctionInfo("mail.emailtrack_stats", "GET", False, None, "query", "11"),
    "emailtrack_user_stats": FunctionInfo("mail.emailtrack_user_stats", "GET", False, None, "query", "11"),
    "enable_authentication_provider": FunctionInfo(
        "authentication.enable_authentication_provider", "GET", False, None, "query", "54"
    ),
    "enable_cpgreylist": FunctionInfo("greylisting.enable_cpgreylist", "GET", False, None, "query", "11.50"),
    "enable_cphulk": FunctionInfo("c_p_hulk.enable_cphulk", "GET", False, None, "query", "11.48"),
    "enable_dkim": FunctionInfo("mail.enable_dkim", "GET", False, None, "query", "78"),
    "enable_dnssec_for_domains": FunctionInfo("dns.enable_dnssec_for_domains", "GET", False, None, "query", "86"),
    "enable_mail_sni": FunctionInfo("mail.enable_mail_sni", "GET", False, None, "query", "11.48"),
    "enable_market_provider": FunctionInfo("market.enable_market_provider", "GET", False, None, "query", "56"),
    "enable_monitor_all_enabled_services": FunctionInfo(
        "server_administration.enable_monitor_all_enabled_services", "GET", False, None, "query", "11.52.0.8"
    ),
    "enqueue_deferred_ssl_installations": FunctionInfo(
        "ssl.enqueue_deferred_ssl_installations", "GET", False, None, "query", "88"
    ),
    "enqueue_transfer_item": FunctionInfo("transfers.enqueue_transfer_item", "GET", False, None, "query", "11.44"),
    "ensure_dkim_keys_exist": FunctionInfo("mail.ensure_dkim_keys_exist", "GET", False, None, "query", "78"),
    "eol_php_sites": FunctionInfo("easy_apache.eol_php_sites", "GET", False, None, "query", "136"),
    "execute_remote_whmapi1_with_password": FunctionInfo(
        "api_execution.execute_remote_whmapi1_with_password", "GET", False, None, "query", "90"
    ),
    "exim_configuration_check": FunctionInfo("mail.exim_configuration_check", "GET", True, None, "query", "11"),
    "export_zone_dnskey": FunctionInfo("dns.export_zone_dnskey", "GET", True, None, "query", "88"),
    "export_zone_files": FunctionInfo("dns.export_zone_files", "GET", True, None, "query", "11.96"),
    "export_zone_key": FunctionInfo("dns.export_zone_key", "GET", True, None, "query", "86"),
    "expunge_mailbox_messages": FunctionInfo("mail.expunge_mailbox_messages", "GET", False, None, "query", "58"),
    "expunge_messages_for_mailbox_guid": FunctionInfo(
        "mail.expunge_messages_for_mailbox_guid", "GET", False, None, "query", "64"
    ),
    "fetch_connected_application": FunctionInfo(
        "server_administration.fetch_connected_application", "POST", False, None, "form", "98"
    ),
    "fetch_dkim_private_keys": FunctionInfo("mail.fetch_dkim_private_keys", "GET", True, None, "query", "78"),
    "fetch_ds_records_for_domains": FunctionInfo("dns.fetch_ds_records_for_domains", "GET", True, None, "query", "86"),
    "fetch_mail_queue": FunctionInfo("mail.fetch_mail_queue", "GET", False, None, "query", "11"),
    "fetch_pkgacct_master_log": FunctionInfo("backups.fetch_pkgacct_master_log", "GET", True, None, "query", "88"),
    "fetch_security_advice": FunctionInfo("security.fetch_security_advice", "GET", True, None, "query", "80"),
    "fetch_service_ssl_components": FunctionInfo(
        "ssl.fetch_service_ssl_components", "GET", True, None, "query", "11.40"
    ),
    "fetch_ssl_certificates_for_fqdns": FunctionInfo(
        "ssl.fetch_ssl_certificates_for_fqdns", "GET", True, None, "query", "66"
    ),
    "fetch_ssl_vhosts": FunctionInfo("ssl.fetch_ssl_vhosts", "GET", True, None, "query", "11.32"),
    "fetch_transfer_session_log": FunctionInfo(
        "transfers.fetch_transfer_session_log", "GET", False, None, "query", "11.44"
    ),
    "fetch_vhost_ssl_components": FunctionInfo("ssl.fetch_vhost_ssl_components", "GET", True, None, "query", "11.32"),
    "fetchcrtinfo": FunctionInfo("ssl.fetchcrtinfo", "GET", False, None, "query", "11.32"),
    "fetchsslinfo": FunctionInfo("ssl.fetchsslinfo", "GET", False, None, "query", "11.32"),
    "flush_cphulk_login_history": FunctionInfo(
        "c_p_hulk.flush_cphulk_login_history", "GET", False, None, "query", "11.48"
    ),
    "flush_cphulk_login_history_for_ips": FunctionInfo(
        "c_p_hulk.flush_cphulk_login_history_for_ips", "GET", False, None, "query", "11.50"
    ),
    "force_dedistribution_from_node": FunctionInfo(
        "server_administration.force_dedistribution_from_node", "GET", False, None, "query", "94"
    ),
    "forcepasswordchange": FunctionInfo("passwords.forcepasswordchange", "GET", False, None, "query", "11.32"),
    "generate_mobileconfig": FunctionInfo("mail.generate_mobileconfig", "GET", False, None, "query", "11.52"),
    "generatesshkeypair": FunctionInfo(
        "ssh_keys_and_connections.generatesshkeypair", "GET", False, None, "query", "11.32"
    ),
    "generatessl": FunctionInfo("ssl.generatessl", "GET", False, None, "query", "11.32"),
    "get_adjusted_market_providers_products": FunctionInfo(
        "market.get_adjusted_market_providers_products", "GET", True, None, "query", "56"
    ),
    "get_all_contact_importances": FunctionInfo(
        "server_administration.get_all_contact_importances", "GET", True, None, "query", "58"
    ),
    "get_api_calls": FunctionInfo("server_administration.get_api_calls", "GET", True, None, "query", "86"),
    "get_api_pages": FunctionInfo("server_administration.get_api_pages", "GET", True, None, "query", "86"),
    "get_appconfig_application_list": FunctionInfo(
        "server_administration.get_appconfig_application_list", "GET", True, None, "query", "11.38.1"
    ),
    "get_application_contact_event_importance": FunctionInfo(
        "server_administration.get_application_contact_event_importance", "GET", True, None, "query", "58"
    ),
    "get_application_contact_importance": FunctionInfo(
        "server_administration.get_application_contact_importance", "GET", True, None, "query", "58"
    ),
    "get_autossl_check_schedule": FunctionInfo("ssl.get_autossl_check_schedule", "GET", False, None, "query", "58"),
    "get_autossl_log": FunctionInfo("ssl.get_autossl_log", "GET", True, None, "query", "58"),
    "get_autossl_logs_catalog": FunctionInfo("ssl.get_autossl_logs_catalog", "GET", True, None, "query", "58"),
    "get_autossl_metadata": FunctionInfo("ssl.get_autossl_metadata", "GET", True, None, "query", "60"),
    "get_autossl_problems_for_domain": FunctionInfo(
        "ssl.get_autossl_problems_for_domain", "GET", True, None, "query", "68"
    ),
    "get_autossl_problems_for_user": FunctionInfo(
        "ssl.get_autossl_problems_for_user", "GET", True, None, "query", "68"
    ),
    "get_autossl_providers": FunctionInfo("ssl.get_autossl_providers", "GET", True, None, "query", "58"),
    "get_autossl_user_excluded_domains": FunctionInfo(
        "ssl.get_autossl_user_excluded_domains", "GET", True, None, "query", "66"
    ),
    "get_available_applications": FunctionInfo("packages.get_available_applications", "GET", True, None, "query", "76"),
    "get_available_authentication_providers": FunctionInfo(
        "authentication.get_available_authentication_providers", "GET", True, None, "query", "54"
    ),
    "get_available_featurelists": FunctionInfo(
        "packages.get_available_featurelists", "GET", True, None, "query", "11.0"
    ),
    "get_available_profiles": FunctionInfo(
        "server_administration.get_available_profiles", "GET", True, None, "query", "76"
    ),
    "get_available_tiers": FunctionInfo("updates.get_available_tiers", "GET", True, None, "query", "11.38"),
    "get_best_ssldomain_for_service": FunctionInfo(
        "ssl.get_best_ssldomain_for_service", "GET", True, None, "query", "56"
    ),
    "get_commerce": FunctionInfo("sitejet.get_commerce", "GET", True, None, "query", "11.122"),
    "get_countries_with_known_ip_ranges": FunctionInfo(
        "c_p_hulk.get_countries_with_known_ip_ranges", "GET", True, None, "query", "70"
    ),
    "get_cphulk_brutes": FunctionInfo("c_p_hulk.get_cphulk_brutes", "GET", True, None, "query", "11.48"),
    "get_cphulk_excessive_brutes": FunctionInfo(
        "c_p_hulk.get_cphulk_excessive_brutes", "GET", True, None, "query", "11.48"
    ),
    "get_cphulk_failed_logins": FunctionInfo("c_p_hulk.get_cphulk_failed_logins", "GET", True, None, "query", "11.48"),
    "get_cphulk_user_brutes": FunctionInfo("c_p_hulk.get_cphulk_user_brutes", "GET", True, None, "query", "11.48"),
    "get_current_lts_expiration_status": FunctionInfo(
        "updates.get_current_lts_expiration_status", "GET", True, None, "query", "62"
    ),
    "get_current_profile": FunctionInfo("server_administration.get_current_profile", "GET", True, None, "query", "76"),
    "get_current_users_count": FunctionInfo(
        "account_creation.get_current_users_count", "GET", True, None, "query", "78"
    ),
    "get_database_optimizations": FunctionInfo(
        "databases.get_database_optimizations", "GET", True, None, "query", "11.44"
    ),
    "get_default_dmarc_record": FunctionInfo("mail.get_default_dmarc_record", "GET", True, None, "query", "124"),
    "get_disk_usage": FunctionInfo("bandwidth_and_disk_quotas.get_disk_usage", "GET", True, None, "query", "80"),
    "get_domain_info": FunctionInfo("domain_information.get_domain_info", "GET", True, None, "query", "70"),
    "get_ecommerce": FunctionInfo("sitejet.get_ecommerce", "GET", True, None, "query", "11.122"),
    "get_feature_metadata": FunctionInfo("packages.get_feature_metadata", "GET", True, None, "query", "11"),
    "get_feature_names": FunctionInfo("packages.get_feature_names", "GET", True, None, "query", "11"),
    "get_featurelist_data": FunctionInfo("packages.get_featurelist_data", "GET", True, None, "query", "11"),
    "get_featurelists": FunctionInfo("packages.get_featurelists", "GET", True, None, "query", "11.52"),
    "get_featurelists_by_package_types": FunctionInfo(
        "packages.get_featurelists_by_package_types", "GET", True, None, "query", "11"
    ),
    "get_fpm_count_and_utilization": FunctionInfo(
        "php_fpm.get_fpm_count_and_utilization", "GET", True, None, "query", "66"
    ),
    "get_homedir_roots": FunctionInfo("account_management.get_homedir_roots", "GET", True, None, "query", "88"),
    "get_in_product_survey_url": FunctionInfo(
        "in_product_survey.get_in_product_survey_url", "GET", True, None, "query", "86"
    ),
    "get_integration_link_user_config": FunctionInfo(
        "integration.get_integration_link_user_config", "GET", True, None, "query", "54"
    ),
    "get_linked_server_node": FunctionInfo(
        "server_administration.get_linked_server_node", "GET", True, None, "query", "86"
    ),
    "get_login_url": FunctionInfo("authentication.get_login_url", "GET", False, None, "query", "62"),
    "get_lts_wexpire": FunctionInfo("updates.get_lts_wexpire", "GET", True, None, "query", "62"),
    "get_mailbox_status": FunctionInfo("mail.get_mailbox_status", "GET", True, None, "query", "58"),
    "get_mailbox_status_list": FunctionInfo("mail.get_mailbox_status_list", "GET", True, None, "query", "64"),
    "get_market_providers_commission_config": FunctionInfo(
        "market.get_market_providers_commission_config", "GET", True, None, "query", "56"
    ),
    "get_market_providers_list": FunctionInfo("market.get_market_providers_list", "GET", True, None, "query", "56"),
    "get_market_providers_product_metadata": FunctionInfo(
        "market.get_market_providers_product_metadata", "GET", True, None, "query", "56"
    ),
    "get_market_providers_products": FunctionInfo(
        "market.get_market_providers_products", "GET", True, None, "query", "56"
    ),
    "get_maximum_users": FunctionInfo("account_creation.get_maximum_users", "GET", True, None, "query", "78"),
    "get_nameserver_config": FunctionInfo("dns.get_nameserver_config", "GET", True, None, "query", "56"),
    "get_password_strength": FunctionInfo("passwords.get_password_strength", "GET", True, None, "query", "11"),
    "get_pkgacct_session_state": FunctionInfo("backups.get_pkgacct_session_state", "GET", True, None, "query", "88"),
    "get_provider_client_configurations": FunctionInfo(
        "authentication.get_provider_client_configurations", "GET", True, None, "query", "54"
    ),
    "get_provider_configuration_fields": FunctionInfo(
        "authentication.get_provider_configuration_fields", "GET", True, None, "query", "54"
    ),
    "get_provider_display_configurations": FunctionInfo(
        "authentication.get_provider_display_configurations", "GET", True, None, "query", "58.0.12"
    ),
    "get_public_contact": FunctionInfo("resellers.get_public_contact", "GET", True, None, "query", "68"),
    "get_public_ip": FunctionInfo("ip_addresses.get_public_ip", "GET", True, None, "query", "62"),
    "get_remote_access_hash": FunctionInfo(
        "server_administration.get_remote_access_hash", "GET", True, None, "query", "11"
    ),
    "get_rpm_version_data": FunctionInfo("rpm.get_rpm_version_data", "GET", True, None, "query", "11.32"),
    "get_scoped_userdata": FunctionInfo("user_data.get_scoped_userdata", "GET", True, None, "query", "86"),
    "get_server_node_status": FunctionInfo(
        "server_administration.get_server_node_status", "GET", True, None, "query", "86"
    ),
    "get_service_config": FunctionInfo("server_administration.get_service_config", "GET", True, None, "query", "58"),
    "get_service_config_key": FunctionInfo(
        "server_administration.get_service_config_key", "GET", True, None, "query", "58"
    ),
    "get_service_proxy_backends": FunctionInfo("services.get_service_proxy_backends", "GET", True, None, "query", "94"),
    "get_shared_ip": FunctionInfo("ip_addresses.get_shared_ip", "GET", True, None, "query", "62"),
    "get_tcp4_sockets": FunctionInfo("server_administration.get_tcp4_sockets", "GET", True, None, "query", "80"),
    "get_tcp6_sockets": FunctionInfo("server_administration.get_tcp6_sockets", "GET", True, None, "query", "80"),
    "get_transfer_session_state": FunctionInfo(
        "transfers.get_transfer_session_state", "GET", False, None, "query", "11.44"
    ),
    "get_tweaksetting": FunctionInfo("configurations.get_tweaksetting", "GET", True, None, "query", "11"),
    "get_udp4_sockets": FunctionInfo("server_administration.get_udp4_sockets", "GET", True, None, "query", "80"),
    "get_udp6_sockets": FunctionInfo("server_administration.get_udp6_sockets", "GET", True, None, "query", "80"),
    "get_unique_recipient_count_per_sender_for_user": FunctionInfo(
        "mail.get_unique_recipient_count_per_sender_for_user", "GET", True, None, "query", "80"
    ),
    "get_unique_sender_recipient_count_per_user": FunctionInfo(
        "mail.get_unique_sender_recipient_count_per_user", "GET", True, None, "query", "80"
    ),
    "get_update_availability": FunctionInfo(
        "server_administration.get_update_availability", "GET", False, None, "query", "56"
    ),
    "get_upgrade_opportunities": FunctionInfo("accounts.get_upgrade_opportunities", "GET", False, None, "query", "11"),
    "get_user_email_forward_destination": FunctionInfo(
        "mail.get_user_email_forward_destination", "GET", True, None, "query", "11.52"
    ),
    "get_users_and_domains_with_backup_metadata": FunctionInfo(
        "backups.get_users_and_domains_with_backup_metadata", "GET", True, None, "query", "74"
    ),
    "get_users_authn_linked_accounts": FunctionInfo(
        "authentication.get_users_authn_linked_accounts", "GET", True, None, "query", "54"
    ),
    "get_users_features_settings": FunctionInfo(
        "packages.get_users_features_settings", "GET", True, None, "query", "58"
    ),
    "get_users_links": FunctionInfo("styles.get_users_links", "GET", True, None, "query", "11.50"),
    "get_users_with_backup_metadata": FunctionInfo(
        "backups.get_users_with_backup_metadata", "GET", True, None, "query", "70"
    ),
    "getdiskusage": FunctionInfo("server_administration.getdiskusage", "GET", True, None, "query", "11.32"),
    "getdomainowner": FunctionInfo("domain_information.getdomainowner", "GET", True, None, "query", "78"),
    "gethostname": FunctionInfo("server_administration.gethostname", "GET", True, None, "query", "11"),
    "getminimumpasswordstrengths": FunctionInfo(
        "security.getminimumpasswordstrengths", "GET", True, None, "query", "82"
    ),
    "getpkginfo": FunctionInfo("packages.getpkginfo", "GET", True, None, "query", "11"),
    "getresellerips": FunctionInfo("resellers.getresellerips", "GET", True, None, "query", "11"),
    "getzonerecord": FunctionInfo("dns.getzonerecord", "GET", True, None, "query", "11"),
    "has_digest_auth": FunctionInfo("accounts.has_digest_auth", "GET", True, None, "query", "11.34"),
    "has_local_authority": FunctionInfo("dns.has_local_authority", "GET", True, None, "query", "78"),
    "has_mycnf_for_cpuser": FunctionInfo("accounts.has_mycnf_for_cpuser", "GET", True, None, "query", "11.40"),
    "hold_outgoing_email": FunctionInfo("mail.hold_outgoing_email", "GET", False, None, "query", "56"),
    "import_zone_key": FunctionInfo("dns.import_zone_key", "GET", False, None, "query", "86"),
    "importsshkey": FunctionInfo("ssh_keys_and_connections.importsshkey", "GET", False, None, "query", "11"),
    "install_dkim_private_keys": FunctionInfo("mail.install_dkim_private_keys", "GET", False, None, "query", "78"),
    "install_rpm_plugin": FunctionInfo("rpm.install_rpm_plugin", "GET", False, None, "query", "64"),
    "install_service_ssl_certificate": FunctionInfo(
        "ssl.install_service_ssl_certificate", "GET", False, None, "query", "11.40"
    ),
    "install_spf_records": FunctionInfo("mail.install_spf_records", "GET", False, None, "query", "78"),
    "installable_mysql_versions": FunctionInfo(
        "databases.installable_mysql_versions", "GET", False, None, "query", "11.48"
    ),
    "installed_versions": FunctionInfo("updates.installed_versions", "GET", False, None, "query", "64"),
    "installssl": FunctionInfo("ssl.installssl", "GET", False, None, "query", "11.32"),
    "ipv6_disable_account": FunctionInfo("ip_addresses.ipv6_disable_account", "GET", False, None, "query", "11.40"),
    "ipv6_enable_account": FunctionInfo("ip_addresses.ipv6_enable_account", "GET", False, None, "query", "11.40"),
    "ipv6_range_add": FunctionInfo("ip_addresses.ipv6_range_add", "GET", False, None, "query", "11.40"),
    "ipv6_range_edit": FunctionInfo("ip_addresses.ipv6_range_edit", "GET", False, None, "query", "11.40"),
    "ipv6_range_list": FunctionInfo("ip_addresses.ipv6_range_list", "GET", True, None, "query", "11.40"),
    "ipv6_range_remove": FunctionInfo("ip_addresses.ipv6_range_remove", "GET", False, None, "query", "11.40"),
    "ipv6_range_usage": FunctionInfo("ip_addresses.ipv6_range_usage", "GET", False, None, "query", "11.40"),
    "is_alias_available": FunctionInfo("dns.is_alias_available", "GET", True, None, "query", "122"),
    "is_conversion_in_progress": FunctionInfo("php_fpm.is_conversion_in_progress", "GET", True, None, "query", "11.72"),
    "is_https_available": FunctionInfo("dns.is_https_available", "GET", True, None, "query", "122"),
    "is_ready": FunctionInfo("plugin_based_features.is_ready", "GET", True, "EcosystemFeatures", "query", "11.132"),
    "is_role_enabled": FunctionInfo("server_administration.is_role_enabled", "GET", True, None, "query", "76"),
    "is_sni_supported": FunctionInfo("mail.is_sni_supported", "GET", True, None, "query", "11.40"),
    "is_svcb_available": FunctionInfo("dns.is_svcb_available", "GET", True, None, "query", "122"),
    "killdns": FunctionInfo("dns.killdns", "GET", False, None, "query", "11"),
    "killpkg": FunctionInfo("packages.killpkg", "GET", False, None, "query", "11"),
    "latest_available_mysql_version": FunctionInfo(
        "databases.latest_available_mysql_version", "GET", False, None, "query", "11.48"
    ),
    "limitbw": FunctionInfo("bandwidth_and_disk_quotas.limitbw", "GET", False, None, "query", "11"),
    "link_server_node_with_api_token": FunctionInfo(
        "server_administration.link_server_node_with_api_token", "GET", False, None, "query", "86"
    ),
    "link_user_authn_provider": FunctionInfo(
        "authentication.link_user_authn_provider", "GET", False, None, "query", "56"
    ),
    "list_account_enhancements": FunctionInfo(
        "account_enhancements.list_account_enhancements", "GET", True, None, "query", "98"
    ),
    "list_accounts_retention": FunctionInfo(
        "web_log_retention.list_accounts_retention", "GET", True, None, "query", "136"
    ),
    "list_blocked_incoming_email_countries": FunctionInfo(
        "mail.list_blocked_incoming_email_countries", "GET", True, None, "query", "84"
    ),
    "list_blocked_incoming_email_domains": FunctionInfo(
        "mail.list_blocked_incoming_email_domains", "GET", True, None, "query", "84"
    ),
    "list_configclusterservers": FunctionInfo(
        "server_administration.list_configclusterservers", "GET", True, None, "query", "11.44"
    ),
    "list_connected_applications": FunctionInfo(
        "server_administration.list_connected_applications", "POST", False, None, "form", "98"
    ),
    "list_cparchive_files": FunctionInfo("backups.list_cparchive_files", "GET", True, None, "query", "11.42"),
    "list_database_users": FunctionInfo("databases.list_database_users", "GET", True, None, "query", "11.44"),
    "list_databases": FunctionInfo("databases.list_databases", "GET", True, None, "query", "11.44"),
    "list_enhancement_limits": FunctionInfo("resellers.list_enhancement_limits", "GET", True, None, "query", "11.98"),
    "list_hooks": FunctionInfo("script_hooks.list_hooks", "GET", True, None, "query", "11.32"),
    "list_integration_groups": FunctionInfo("integration.list_integration_groups", "GET", True, None, "query", "54"),
    "list_integration_links": FunctionInfo("integration.list_integration_links", "GET", True, None, "query", "54"),
    "list_linked_server_nodes": FunctionInfo(
        "server_administration.list_linked_server_nodes", "GET", True, None, "query", "86"
    ),
    "list_mysql_databases_and_users": FunctionInfo(
        "databases.list_mysql_databases_and_users", "GET", True, None, "query", "56"
    ),
    "list_pops_for": FunctionInfo("mail.list_pops_for", "GET", True, None, "query", "11.50"),
    "list_rpms": FunctionInfo("rpm.list_rpms", "GET", True, None, "query", "11.32"),
    "list_user_child_nodes": FunctionInfo(
        "server_administration.list_user_child_nodes", "GET", True, None, "query", "88"
    ),
    "list_users": FunctionInfo("account_management.list_users", "GET", True, None, "query", "11"),
    "listaccts": FunctionInfo("accounts.listaccts", "GET", True, None, "query", "11"),
    "listacls": FunctionInfo("resellers.listacls", "GET", True, None, "query", "11"),
    "listcrts": FunctionInfo("ssl.listcrts", "GET", True, None, "query", "11"),
    "listips": FunctionInfo("ip_addresses.listips", "GET", True, None, "query", "11"),
    "listipv6s": FunctionInfo("ip_addresses.listipv6s", "GET", True, None, "query", "11"),
    "listlockedaccounts": FunctionInfo("suspensions.listlockedaccounts", "GET", True, None, "query", "11.40"),
    "listmxs": FunctionInfo("dns.listmxs", "GET", True, None, "query", "11"),
    "listpkgs": FunctionInfo("packages.listpkgs", "GET", True, None, "query", "11"),
    "listresellers": FunctionInfo("resellers.listresellers", "GET", True, None, "query", "11"),
    "listsshkeys": FunctionInfo("ssh_keys_and_connections.listsshkeys", "GET", True, None, "query", "11"),
    "listsuspended": FunctionInfo("suspensions.listsuspended", "GET", True, None, "query", "11"),
    "listzones": FunctionInfo("dns.listzones", "GET", True, None, "query", "11"),
    "load_cpgreylist_config": FunctionInfo("greylisting.load_cpgreylist_config", "GET", False, None, "query", "11.50"),
    "load_cphulk_config": FunctionInfo("c_p_hulk.load_cphulk_config", "GET", False, None, "query", "11.48"),
    "local_disable": FunctionInfo(
        "plugin_based_features.local_disable", "GET", False, "EcosystemFeatures", "query", "11.118"
    ),
    "local_enable": FunctionInfo(
        "plugin_based_features.local_enable", "GET", False, "EcosystemFeatures", "query", "11.118"
    ),
    "lookupnsip": FunctionInfo("dns.lookupnsip", "GET", True, None, "query", "11"),
    "lookupnsips": FunctionInfo("dns.lookupnsips", "GET", True, None, "query", "60"),
    "mail_sni_status": FunctionInfo("mail.mail_sni_status", "GET", True, None, "query", "11.48"),
    "manage_features": FunctionInfo("packages.manage_features", "GET", False, None, "query", "11.32"),
    "mass_edit_dns_zone": FunctionInfo("dns.mass_edit_dns_zone", "GET", False, None, "query", "96"),
    "massmodifyacct": FunctionInfo("accounts.massmodifyacct", "GET", False, None, "query", "88"),
    "matchpkgs": FunctionInfo("packages.matchpkgs", "GET", False, None, "query", "11"),
    "modify_account_enhancement": FunctionInfo(
        "account_enhancements.modify_account_enhancement", "GET", False, None, "query", "11.98"
    ),
    "modifyacct": FunctionInfo("accounts.modifyacct", "GET", False, None, "query", "11"),
    "modsec_add_rule": FunctionInfo("mod_security.modsec_add_rule", "GET", False, None, "query", "11.46"),
    "modsec_add_vendor": FunctionInfo("mod_security.modsec_add_vendor", "GET", False, None, "query", "11.46"),
    "modsec_assemble_config_text": FunctionInfo(
        "mod_security.modsec_assemble_config_text", "GET", False, None, "query", "11.48"
    ),
    "modsec_batch_settings": FunctionInfo("mod_security.modsec_batch_settings", "GET", False, None, "query", "11.46"),
    "modsec_check_rule": FunctionInfo("mod_security.modsec_check_rule", "GET", False, None, "query", "11.46"),
    "modsec_clone_rule": FunctionInfo("mod_security.modsec_clone_rule", "GET", False, None, "query", "11.48"),
    "modsec_deploy_all_rule_changes": FunctionInfo(
        "mod_security.modsec_deploy_all_rule_changes", "GET", False, None, "query", "11.48"
    ),
    "modsec_deploy_rule_changes": FunctionInfo(
        "mod_security.modsec_deploy_rule_changes", "GET", False, None, "query", "11.46"
    ),
    "modsec_deploy_settings_changes": FunctionInfo(
        "mod_security.modsec_deploy_settings_changes", "GET", False, None, "query", "11.48"
    ),
    "modsec_disable_rule": FunctionInfo("mod_security.modsec_disable_rule", "GET", False, None, "query", "11.46"),
    "modsec_disable_vendor": FunctionInfo("mod_security.modsec_disable_vendor", "GET", False, None, "query", "11.48"),
    "modsec_disable_vendor_configs": FunctionInfo(
        "mod_security.modsec_disable_vendor_configs", "GET", False, None, "query", "11.48"
    ),
    "modsec_disable_vendor_updates": FunctionInfo(
        "mod_security.modsec_disable_vendor_updates", "GET", False, None, "query", "11.48"
    ),
    "modsec_discard_all_rule_changes": FunctionInfo(
        "mod_security.modsec_discard_all_rule_changes", "GET", False, None, "query", "11.48"
    ),
    "modsec_discard_rule_changes": FunctionInfo(
        "mod_security.modsec_discard_rule_changes", "GET", False, None, "query", "11.46"
    ),
    "modsec_edit_rule": FunctionInfo("mod_security.modsec_edit_rule", "GET", False, None, "query", "11.46"),
    "modsec_enable_vendor": FunctionInfo("mod_security.modsec_enable_vendor", "GET", False, None, "query", "11.48"),
    "modsec_enable_vendor_configs": FunctionInfo(
        "mod_security.modsec_enable_vendor_configs", "GET", False, None, "query", "11.48"
    ),
    "modsec_enable_vendor_updates": FunctionInfo(
        "mod_security.modsec_enable_vendor_updates", "GET", False, None, "query", "11.48"
    ),
    "modsec_get_config_text": FunctionInfo("mod_security.modsec_get_config_text", "GET", False, None, "query", "11.46"),
    "modsec_get_configs": FunctionInfo("mod_security.modsec_get_configs", "GET", False, None, "query", "11.48"),
    "modsec_get_configs_with_changes_pending": FunctionInfo(
        "mod_security.modsec_get_configs_with_changes_pending", "GET", False, None, "query", "11.46"
    ),
    "modsec_get_log": FunctionInfo("mod_security.modsec_get_log", "GET", False, None, "query", "11.46"),
    "modsec_get_rules": FunctionInfo("mod_security.modsec_get_rules", "GET", False, None, "query", "11.48"),
    "modsec_get_settings": FunctionInfo("mod_security.modsec_get_settings", "GET", False, None, "query", "11.46"),
    "modsec_get_vendors": FunctionInfo("mod_security.modsec_get_vendors", "GET", False, None, "query", "11.46"),
    "modsec_is_installed": FunctionInfo("mod_security.modsec_is_installed", "GET", False, None, "query", "11.46"),
    "modsec_make_config_active": FunctionInfo(
        "mod_security.modsec_make_config_active", "GET", False, None, "query", "11.46"
    ),
    "modsec_make_config_inactive": FunctionInfo(
        "mod_security.modsec_make_config_inactive", "GET", False, None, "query", "11.46"
    ),
    "modsec_preview_vendor": FunctionInfo("mod_security.modsec_preview_vendor", "GET", False, None, "query", "11.48"),
    "modsec_remove_rule": FunctionInfo("mod_security.modsec_remove_rule", "GET", False, None, "query", "11.46"),
    "modsec_remove_setting": FunctionInfo("mod_security.modsec_remove_setting", "GET", False, None, "query", "11.46"),
    "modsec_remove_vendor": FunctionInfo("mod_security.modsec_remove_vendor", "GET", False, None, "query", "11.48"),
    "modsec_report_rule": FunctionInfo("mod_security.modsec_report_rule", "GET", False, None, "query", "11.48"),
    "modsec_set_config_text": FunctionInfo("mod_security.modsec_set_config_text", "GET", False, None, "query", "11.46"),
    "modsec_set_setting": FunctionInfo("mod_security.modsec_set_setting", "GET", False, None, "query", "11.46"),
    "modsec_undisable_rule": FunctionInfo("mod_security.modsec_undisable_rule", "GET", False, None, "query", "11.46"),
    "modsec_update_vendor": FunctionInfo("mod_security.modsec_update_vendor", "GET", False, None, "query", "11.48"),
    "myprivs": FunctionInfo("accounts.myprivs", "GET", True, None, "query", "11"),
    "nat_checkip": FunctionInfo("ip_addresses.nat_checkip", "GET", False, None, "query", "11.40"),
    "nat_set_public_ip": FunctionInfo("ip_addresses.nat_set_public_ip", "GET", False, None, "query", "11.40"),
    "nginxmanager_clear_cache": FunctionInfo(
        "nginx_manager.nginxmanager_clear_cache", "GET", False, None, "query", "11"
    ),
    "nginxmanager_get_cache_config_system": FunctionInfo(
        "nginx_manager.nginxmanager_get_cache_config_system", "GET", False, None, "query", "11"
    ),
    "nginxmanager_get_cache_config_users": FunctionInfo(
        "nginx_manager.nginxmanager_get_cache_config_users", "GET", False, None, "query", "11"
    ),
    "nginxmanager_rebuild_cache_config": FunctionInfo(
        "nginx_manager.nginxmanager_rebuild_cache_config", "GET", False, None, "query", "11"
    ),
    "nginxmanager_reset_users_cache_config": FunctionInfo(
        "nginx_manager.nginxmanager_reset_users_cache_config", "GET", False, None, "query", "11"
    ),
    "nginxmanager_set_cache_config": FunctionInfo(
        "nginx_manager.nginxmanager_set_cache_config", "GET", False, None, "query", "11"
    ),
    "normalize_user_email_configuration": FunctionInfo(
        "mail.normalize_user_email_configuration", "GET", False, None, "query", "88"
    ),
    "package_manager_fixcache": FunctionInfo("rpm.package_manager_fixcache", "GET", False, None, "query", "64"),
    "package_manager_get_build_log": FunctionInfo(
        "rpm.package_manager_get_build_log", "GET", False, None, "query", "11.52"
    ),
    "package_manager_get_package_info": FunctionInfo(
        "rpm.package_manager_get_package_info", "GET", True, None, "query", "11.52"
    ),
    "package_manager_is_performing_actions": FunctionInfo(
        "rpm.package_manager_is_performing_actions", "GET", False, None, "query", "11.52"
    ),
    "package_manager_list_packages": FunctionInfo(
        "rpm.package_manager_list_packages", "GET", False, None, "query", "11.52"
    ),
    "package_manager_resolve_actions": FunctionInfo(
        "rpm.package_manager_resolve_actions", "GET", False, None, "query", "11.52"
    ),
    "package_manager_submit_actions": FunctionInfo(
        "rpm.package_manager_submit_actions", "GET", False, None, "query", "11.52"
    ),
    "package_manager_upgrade": FunctionInfo("rpm.package_manager_upgrade", "GET", False, None, "query", "54"),
    "parse_dns_zone": FunctionInfo("dns.parse_dns_zone", "GET", False, None, "query", "96"),
    "participate_in_analytics": FunctionInfo(
        "c_panel_analytics.participate_in_analytics", "GET", False, None, "query", "78"
    ),
    "passwd": FunctionInfo("passwords.passwd", "GET", False, None, "query", "11"),
    "pause_transfer_session": FunctionInfo("transfers.pause_transfer_session", "GET", False, None, "query", "11.44"),
    "personalization_get": FunctionInfo("server_administration.personalization_get", "POST", False, None, "json", "74"),
    "personalization_set": FunctionInfo("server_administration.personalization_set", "POST", False, None, "json", "74"),
    "php_fpm_config_get": FunctionInfo("php_fpm.php_fpm_config_get", "POST", False, None, "form", "78"),
    "php_fpm_config_set": FunctionInfo("php_fpm.php_fpm_config_set", "POST", False, None, "form", "78"),
    "php_get_default_accounts_to_fpm": FunctionInfo(
        "php_fpm.php_get_default_accounts_to_fpm", "GET", False, None, "query", "66"
    ),
    "php_get_handlers": FunctionInfo("php.php_get_handlers", "GET", False, None, "query", "54"),
    "php_get_impacted_domains": FunctionInfo("php.php_get_impacted_domains", "GET", False, None, "query", "62"),
    "php_get_installed_versions": FunctionInfo("php.php_get_installed_versions", "GET", False, None, "query", "11.52"),
    "php_get_old_fpm_flag": FunctionInfo("php_fpm.php_get_old_fpm_flag", "GET", False, None, "query", "60"),
    "php_get_system_default_version": FunctionInfo(
        "php.php_get_system_default_version", "GET", False, None, "query", "11.52"
    ),
    "php_get_vhost_versions": FunctionInfo("php.php_get_vhost_versions", "GET", False, None, "query", "60"),
    "php_get_vhosts_by_version": FunctionInfo("php.php_get_vhosts_by_version", "GET", False, None, "query", "62"),
    "php_ini_get_content": FunctionInfo("php.php_ini_get_content", "GET", False, None, "query", "11.52"),
    "php_ini_get_directives": FunctionInfo("php.php_ini_get_directives", "GET", False, None, "query", "11.52"),
    "php_ini_set_content": FunctionInfo("php.php_ini_set_content", "POST", False, None, "form", "11.52"),
    "php_ini_set_directives": FunctionInfo("php.php_ini_set_directives", "GET", False, None, "query", "11.52"),
    "php_set_default_accounts_to_fpm": FunctionInfo(
        "php_fpm.php_set_default_accounts_to_fpm", "GET", False, None, "query", "66"
    ),
    "php_set_handler": FunctionInfo("php.php_set_handler", "GET", False, None, "query", "54"),
    "php_set_old_fpm_flag": FunctionInfo("php_fpm.php_set_old_fpm_flag", "GET", False, None, "query", "60"),
    "php_set_session_save_path": FunctionInfo("php.php_set_session_save_path", "GET", False, None, "query", "66"),
    "php_set_system_default_version": FunctionInfo(
        "php.php_set_system_default_version", "GET", False, None, "query", "11.52"
    ),
    "php_set_vhost_versions": FunctionInfo("php.php_set_vhost_versions", "GET", False, None, "query", "60"),
    "purchase_a_license": FunctionInfo("server_administration.purchase_a_license", "GET", False, None, "query", "62"),
    "quota_enabled": FunctionInfo("bandwidth_and_disk_quotas.quota_enabled", "GET", False, None, "query", "11"),
    "read_cpgreylist_deferred_entries": FunctionInfo(
        "greylisting.read_cpgreylist_deferred_entries", "GET", False, None, "query", "11.50"
    ),
    "read_cpgreylist_trusted_hosts": FunctionInfo(
        "greylisting.read_cpgreylist_trusted_hosts", "GET", False, None, "query", "11.50"
    ),
    "read_cphulk_records": FunctionInfo("c_p_hulk.read_cphulk_records", "GET", False, None, "query", "11.48"),
    "read_featurelist": FunctionInfo("packages.read_featurelist", "GET", False, None, "query", "11.0"),
    "reboot": FunctionInfo("server_administration.reboot", "GET", False, None, "query", "11"),
    "rebuild_mail_sni_config": FunctionInfo("mail.rebuild_mail_sni_config", "GET", False, None, "query", "11.48"),
    "rebuildinstalledssldb": FunctionInfo("ssl.rebuildinstalledssldb", "GET", False, None, "query", "11.36"),
    "rebuilduserssldb": FunctionInfo("ssl.rebuilduserssldb", "GET", False, None, "query", "11.38"),
    "register_server_with_360_monitoring": FunctionInfo(
        "tag360_monitoring.register_server_with_360_monitoring", "GET", False, "360Monitoring", "query", "11.132"
    ),
    "release_outgoing_email": FunctionInfo("mail.release_outgoing_email", "GET", False, None, "query", "56"),
    "remote_basic_credential_check": FunctionInfo(
        "transfers.remote_basic_credential_check", "GET", True, None, "query", "11.44"
    ),
    "remote_mysql_create_profile": FunctionInfo(
        "databases.remote_mysql_create_profile", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_create_profile_via_ssh": FunctionInfo(
        "databases.remote_mysql_create_profile_via_ssh", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_delete_profile": FunctionInfo(
        "databases.remote_mysql_delete_profile", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_initiate_profile_activation": FunctionInfo(
        "databases.remote_mysql_initiate_profile_activation", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_monitor_profile_activation": FunctionInfo(
        "databases.remote_mysql_monitor_profile_activation", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_read_profile": FunctionInfo(
        "databases.remote_mysql_read_profile", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_read_profiles": FunctionInfo(
        "databases.remote_mysql_read_profiles", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_update_profile": FunctionInfo(
        "databases.remote_mysql_update_profile", "GET", False, None, "query", "11.52"
    ),
    "remote_mysql_validate_profile": FunctionInfo(
        "databases.remote_mysql_validate_profile", "GET", False, None, "query", "11.52"
    ),
    "remove_autossl_user_excluded_domains": FunctionInfo(
        "ssl.remove_autossl_user_excluded_domains", "GET", False, None, "query", "66"
    ),
    "remove_connected_application": FunctionInfo(
        "server_administration.remove_connected_application", "POST", False, None, "form", "98"
    ),
    "remove_dmarc": FunctionInfo("mail.remove_dmarc", "GET", False, None, "query", "124"),
    "remove_in_progress_exim_config_edit": FunctionInfo(
        "server_administration.remove_in_progress_exim_config_edit", "GET", False, None, "query", "11"
    ),
    "remove_integration_group": FunctionInfo("integration.remove_integration_group", "GET", False, None, "query", "54"),
    "remove_integration_link": FunctionInfo("integration.remove_integration_link", "GET", False, None, "query", "54"),
    "remove_override_features_for_user": FunctionInfo(
        "packages.remove_override_features_for_user", "GET", False, None, "query", "56"
    ),
    "remove_zone_key": FunctionInfo("dns.remove_zone_key", "GET", False, None, "query", "86"),
    "removeacct": FunctionInfo("account_management.removeacct", "GET", False, None, "query", "11"),
    "removezonerecord": FunctionInfo("dns.removezonerecord", "GET", False, None, "query", "11"),
    "rename_mysql_database": FunctionInfo("databases.rename_mysql_database", "GET", False, None, "query", "11.44"),
    "rename_mysql_user": FunctionInfo("databases.rename_mysql_user", "GET", False, None, "query", "11.44"),
    "rename_postgresql_database": FunctionInfo(
        "databases.rename_postgresql_database", "GET", False, None, "query", "11.44"
    ),
    "rename_postgresql_user": FunctionInfo("databases.rename_postgresql_user", "GET", False, None, "query", "11.44"),
    "reorder_hooks": FunctionInfo("script_hooks.reorder_hooks", "GET", False, None, "query", "11.32"),
    "resellerstats": FunctionInfo("resellers.resellerstats", "GET", False, None, "query", "11"),
    "reset_autossl_provider": FunctionInfo("ssl.reset_autossl_provider", "GET", False, None, "query", "58"),
    "reset_service_ssl_certificate": FunctionInfo(
        "ssl.reset_service_ssl_certificate", "GET", False, None, "query", "11.40"
    ),
    "resetzone": FunctionInfo("dns.resetzone", "GET", False, None, "query", "11"),
    "resolvedomainname": FunctionInfo("dns.resolvedomainname", "GET", False, None, "query", "11.28"),
    "restartservice": FunctionInfo("server_administration.restartservice", "GET", False, None, "query", "11.38"),
    "restore_config_from_file": FunctionInfo(
        "server_administration.restore_config_from_file", "GET", False, None, "query", "74"
    ),
    "restore_config_from_upload": FunctionInfo(
        "server_administration.restore_config_from_upload", "POST", False, None, "form", "74"
    ),
    "restore_modules_summary": FunctionInfo(
        "account_restoration.restore_modules_summary", "GET", False, None, "query", "11.50"
    ),
    "restore_queue_activate": FunctionInfo(
        "account_restoration.restore_queue_activate", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_add_task": FunctionInfo(
        "account_restoration.restore_queue_add_task", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_all_completed_tasks": FunctionInfo(
        "account_restoration.restore_queue_clear_all_completed_tasks", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_all_failed_tasks": FunctionInfo(
        "account_restoration.restore_queue_clear_all_failed_tasks", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_all_pending_tasks": FunctionInfo(
        "account_restoration.restore_queue_clear_all_pending_tasks", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_all_tasks": FunctionInfo(
        "account_restoration.restore_queue_clear_all_tasks", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_completed_task": FunctionInfo(
        "account_restoration.restore_queue_clear_completed_task", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_clear_pending_task": FunctionInfo(
        "account_restoration.restore_queue_clear_pending_task", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_is_active": FunctionInfo(
        "account_restoration.restore_queue_is_active", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_list_active": FunctionInfo(
        "account_restoration.restore_queue_list_active", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_list_completed": FunctionInfo(
        "account_restoration.restore_queue_list_completed", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_list_pending": FunctionInfo(
        "account_restoration.restore_queue_list_pending", "GET", False, None, "query", "11.38"
    ),
    "restore_queue_state": FunctionInfo(
        "account_restoration.restore_queue_state", "GET", False, None, "query", "11.38"
    ),
    "restoreaccount": FunctionInfo("account_restoration.restoreaccount", "GET", False, None, "query", "11.28"),
    "restrict_whm_root_access": FunctionInfo("whm_access.restrict_whm_root_access", "GET", False, None, "query", "108"),
    "retrieve_customizations": FunctionInfo(
        "customizations.retrieve_customizations", "GET", True, None, "query", "100"
    ),
    "retrieve_transfer_session_remote_analysis": FunctionInfo(
        "transfers.retrieve_transfer_session_remote_analysis", "GET", False, None, "query", "11.44"
    ),
    "run_cpkeyclt": FunctionInfo("server_administration.run_cpkeyclt", "GET", False, None, "query", "62"),
    "save_connected_application": FunctionInfo(
        "server_administration.save_connected_application", "POST", False, None, "form", "98"
    ),
    "save_cpgreylist_config": FunctionInfo("greylisting.save_cpgreylist_config", "GET", False, None, "query", "11.50"),
    "save_cphulk_config": FunctionInfo("c_p_hulk.save_cphulk_config", "GET", False, None, "query", "11.48"),
    "save_spamd_config": FunctionInfo("mail.save_spamd_config", "GET", False, None, "query", "11.44"),
    "saveacllist": FunctionInfo("resellers.saveacllist", "GET", False, None, "query", "11"),
    "savemxs": FunctionInfo("dns.savemxs", "GET", False, None, "query", "11.28"),
    "send_test_posturl": FunctionInfo("server_administration.send_test_posturl", "GET", False, None, "query", "11.52"),
    "send_test_pushbullet_note": FunctionInfo(
        "server_administration.send_test_pushbullet_note", "GET", False, None, "query", "11.52"
    ),
    "servicestatus": FunctionInfo("server_administration.servicestatus", "GET", False, None, "query", "11.38"),
    "set_360_agent_polling": FunctionInfo(
        "tag360_monitoring.set_360_agent_polling", "GET", False, "360Monitoring", "query", "11.132"
    ),
    "set_application_contact_event_importance": FunctionInfo(
        "server_administration.set_application_contact_event_importance", "GET", False, None, "query", "58"
    ),
    "set_application_contact_importance": FunctionInfo(
        "server_administration.set_application_contact_importance", "GET", False, None, "query", "58"
    ),
    "set_autossl_metadata": FunctionInfo("ssl.set_autossl_metadata", "GET", False, None, "query", "60"),
    "set_autossl_metadata_key": FunctionInfo("ssl.set_autossl_metadata_key", "GET", False, None, "query", "70"),
    "set_autossl_provider": FunctionInfo("ssl.set_autossl_provider", "GET", False, None, "query", "58"),
    "set_autossl_user_excluded_domains": FunctionInfo(
        "ssl.set_autossl_user_excluded_domains", "GET", False, None, "query", "66"
    ),
    "set_commerce": FunctionInfo("sitejet.set_commerce", "GET", False, None, "query", "11.122"),
    "set_cpanel_updates": FunctionInfo("updates.set_cpanel_updates", "GET", False, None, "query", "11.38"),
    "set_cphulk_config_key": FunctionInfo("c_p_hulk.set_cphulk_config_key", "GET", False, None, "query", "70"),
    "set_default_dmarc_record": FunctionInfo("mail.set_default_dmarc_record", "GET", False, None, "query", "124"),
    "set_digest_auth": FunctionInfo("accounts.set_digest_auth", "GET", False, None, "query", "11"),
    "set_ecommerce": FunctionInfo("sitejet.set_ecommerce", "GET", False, None, "query", "11.122"),
    "set_enhancement_limit": FunctionInfo("resellers.set_enhancement_limit", "GET", False, None, "query", "11.98"),
    "set_local_mysql_root_password": FunctionInfo(
        "databases.set_local_mysql_root_password", "GET", False, None, "query", "11.52"
    ),
    "set_manual_mx_redirects": FunctionInfo("mail.set_manual_mx_redirects", "GET", False, None, "query", "90"),
    "set_market_product_attribute": FunctionInfo(
        "market.set_market_product_attribute", "GET", False, None, "query", "56"
    ),
    "set_market_provider_commission_id": FunctionInfo(
        "market.set_market_provider_commission_id", "GET", False, None, "query", "56"
    ),
    "set_mysql_password": FunctionInfo("databases.set_mysql_password", "GET", False, None, "query", "11.44"),
    "set_nameserver": FunctionInfo("dns.set_nameserver", "GET", False, None, "query", "84"),
    "set_nsec3_for_domains": FunctionInfo("dns.set_nsec3_for_domains", "GET", False, None, "query", "86"),
    "set_postgresql_password": FunctionInfo("databases.set_postgresql_password", "GET", False, None, "query", "11.44"),
    "set_primary_domain_docroot": FunctionInfo(
        "account_management.set_primary_domain_docroot", "GET", False, None, "query", "11"
    ),
    "set_primary_servername": FunctionInfo(
        "server_administration.set_primary_servername", "GET", False, None, "query", "11"
    ),
    "set_provider_client_configurations": FunctionInfo(
        "authentication.set_provider_client_configurations", "GET", False, None, "query", "54"
    ),
    "set_provider_display_configurations": FunctionInfo(
        "authentication.set_provider_display_configurations", "GET", False, None, "query", "54"
    ),
    "set_public_contact": FunctionInfo("resellers.set_public_contact", "GET", False, None, "query", "68"),
    "set_scoped_userdata": FunctionInfo("user_data.set_scoped_userdata", "GET", False, None, "query", "86"),
    "set_service_config_key": FunctionInfo(
        "server_administration.set_service_config_key", "GET", False, None, "query", "58"
    ),
    "set_service_proxy_backends": FunctionInfo(
        "services.set_service_proxy_backends", "GET", False, None, "query", "90"
    ),
    "set_tier": FunctionInfo("updates.set_tier", "GET", False, None, "query", "11.38"),
    "set_tweaksetting": FunctionInfo("configurations.set_tweaksetting", "GET", False, None, "query", "11"),
    "set_up_dns_resolver_workarounds": FunctionInfo(
        "dns.set_up_dns_resolver_workarounds", "GET", False, None, "query", "84"
    ),
    "set_user_email_forward_destination": FunctionInfo(
        "mail.set_user_email_forward_destination", "GET", False, None, "query", "11.52"
    ),
    "setacls": FunctionInfo("resellers.setacls", "GET", False, None, "query", "11"),
    "sethostname": FunctionInfo("server_administration.sethostname", "GET", False, None, "query", "11"),
    "setminimumpasswordstrengths": FunctionInfo(
        "security.setminimumpasswordstrengths", "GET", False, None, "query", "11"
    ),
    "setresellerips": FunctionInfo("resellers.setresellerips", "GET", False, None, "query", "11"),
    "setresellerlimits": FunctionInfo("resellers.setresellerlimits", "GET", False, None, "query", "11"),
    "setresellermainip": FunctionInfo("resellers.setresellermainip", "GET", False, None, "query", "11"),
    "setresellernameservers": FunctionInfo("resellers.setresellernameservers", "GET", False, None, "query", "11"),
    "setresellerpackagelimit": FunctionInfo("resellers.setresellerpackagelimit", "GET", False, None, "query", "11"),
    "setresolvers": FunctionInfo("dns.setresolvers", "GET", False, None, "query", "11"),
    "setsiteip": FunctionInfo("ip_addresses.setsiteip", "GET", False, None, "query", "11"),
    "setupreseller": FunctionInfo("resellers.setupreseller", "GET", False, None, "query", "11"),
    "showbw": FunctionInfo("bandwidth_and_disk_quotas.showbw", "GET", True, None, "query", "11"),
    "start_autossl_check_for_all_users": FunctionInfo(
        "ssl.start_autossl_check_for_all_users", "GET", False, None, "query", "58"
    ),
    "start_autossl_check_for_one_user": FunctionInfo(
        "ssl.start_autossl_check_for_one_user", "GET", False, None, "query", "58"
    ),
    "start_background_mysql_upgrade": FunctionInfo(
        "databases.start_background_mysql_upgrade", "GET", False, None, "query", "11.48"
    ),
    "start_background_pkgacct": FunctionInfo("backups.start_background_pkgacct", "GET", False, None, "query", "54"),
    "start_cpanel_update": FunctionInfo("server_administration.start_cpanel_update", "GET", False, None, "query", "94"),
    "start_local_cpmove_restore": FunctionInfo("backups.start_local_cpmove_restore", "GET", False, None, "query", "88"),
    "start_profile_activation": FunctionInfo(
        "server_administration.start_profile_activation", "GET", False, None, "query", "76"
    ),
    "start_transfer_session": FunctionInfo("transfers.start_transfer_session", "GET", False, None, "query", "11.44"),
    "suspend_outgoing_email": FunctionInfo("mail.suspend_outgoing_email", "GET", False, None, "query", "56"),
    "suspendacct": FunctionInfo("suspensions.suspendacct", "GET", False, None, "query", "11"),
    "suspendreseller": FunctionInfo("resellers.suspendreseller", "GET", False, None, "query", "11"),
    "system_needs_reboot": FunctionInfo("server_administration.system_needs_reboot", "GET", False, None, "query", "64"),
    "systemloadavg": FunctionInfo("server_administration.systemloadavg", "GET", True, None, "query", "11.28"),
    "terminate_cpuser_mailbox_sessions": FunctionInfo(
        "mail.terminate_cpuser_mailbox_sessions", "GET", False, None, "query", "90"
    ),
    "terminatereseller": FunctionInfo("resellers.terminatereseller", "GET", False, None, "query", "11"),
    "ticket_create_stub_ticket": FunctionInfo(
        "support_tickets.ticket_create_stub_ticket", "GET", False, None, "query", "60"
    ),
    "ticket_get_support_agreement": FunctionInfo(
        "support_tickets.ticket_get_support_agreement", "GET", False, None, "query", "60"
    ),
    "ticket_get_support_info": FunctionInfo(
        "support_tickets.ticket_get_support_info", "GET", True, None, "query", "78.0.6"
    ),
    "ticket_grant": FunctionInfo("support_tickets.ticket_grant", "GET", False, None, "query", "11.44"),
    "ticket_list": FunctionInfo("support_tickets.ticket_list", "GET", True, None, "query", "11.44"),
    "ticket_remove_closed": FunctionInfo("support_tickets.ticket_remove_closed", "GET", False, None, "query", "11.44"),
    "ticket_revoke": FunctionInfo("support_tickets.ticket_revoke", "GET", False, None, "query", "11.44"),
    "ticket_ssh_test": FunctionInfo("support_tickets.ticket_ssh_test", "GET", False, None, "query", "11.44"),
    "ticket_ssh_test_start": FunctionInfo("support_tickets.ticket_ssh_test_start", "GET", False, None, "query", "60"),
    "ticket_update_service_agreement_approval": FunctionInfo(
        "support_tickets.ticket_update_service_agreement_approval", "GET", False, None, "query", "60"
    ),
    "ticket_validate_oauth2_code": FunctionInfo(
        "support_tickets.ticket_validate_oauth2_code", "GET", False, None, "query", "60"
    ),
    "ticket_whitelist_check": FunctionInfo(
        "support_tickets.ticket_whitelist_check", "GET", True, None, "query", "11.44"
    ),
    "ticket_whitelist_setup": FunctionInfo(
        "support_tickets.ticket_whitelist_setup", "GET", False, None, "query", "11.44"
    ),
    "ticket_whitelist_unsetup": FunctionInfo(
        "support_tickets.ticket_whitelist_unsetup", "GET", False, None, "query", "11.44"
    ),
    "toggle_user_backup_state": FunctionInfo("backups.toggle_user_backup_state", "GET", False, None, "query", "11.38"),
    "transfer_module_schema": FunctionInfo("transfers.transfer_module_schema", "GET", False, None, "query", "11.44"),
    "twofactorauth_disable_policy": FunctionInfo(
        "authentication.twofactorauth_disable_policy", "GET", False, None, "query", "54"
    ),
    "twofactorauth_enable_policy": FunctionInfo(
        "authentication.twofactorauth_enable_policy", "GET", False, None, "query", "54"
    ),
    "twofactorauth_generate_tfa_config": FunctionInfo(
        "authentication.twofactorauth_generate_tfa_config", "GET", False, None, "query", "54"
    ),
    "twofactorauth_get_issuer": FunctionInfo(
        "authentication.twofactorauth_get_issuer", "GET", False, None, "query", "54"
    ),
    "twofactorauth_get_tfa_config_for_user": FunctionInfo(
        "authentication.twofactorauth_get_tfa_config_for_user", "GET", False, None, "query", "118"
    ),
    "twofactorauth_get_user_configs": FunctionInfo(
        "authentication.twofactorauth_get_user_configs", "GET", False, None, "query", "54"
    ),
    "twofactorauth_policy_status": FunctionInfo(
        "authentication.twofactorauth_policy_status", "GET", True, None, "query", "54"
    ),
    "twofactorauth_remove_user_config": FunctionInfo(
        "authentication.twofactorauth_remove_user_config", "GET", False, None, "query", "54"
    ),
    "twofactorauth_set_issuer": FunctionInfo(
        "authentication.twofactorauth_set_issuer", "GET", False, None, "query", "54"
    ),
    "twofactorauth_set_tfa_config": FunctionInfo(
        "authentication.twofactorauth_set_tfa_config", "GET", False, None, "query", "54"
    ),
    "twofactorauth_set_tfa_config_for_user": FunctionInfo(
        "authentication.twofactorauth_set_tfa_config_for_user", "POST", False, None, "form", "118"
    ),
    "uapi_cpanel": FunctionInfo("api_execution.uapi_cpanel", "GET", False, None, "query", "86"),
    "unassign_account_enhancement": FunctionInfo(
        "account_enhancements.unassign_account_enhancement", "GET", False, None, "query", "11.98"
    ),
    "unblock_incoming_email_from_country": FunctionInfo(
        "mail.unblock_incoming_email_from_country", "GET", False, None, "query", "84"
    ),
    "unblock_incoming_email_from_domain": FunctionInfo(
        "mail.unblock_incoming_email_from_domain", "GET", False, None, "query", "84"
    ),
    "uninstall_rpm_plugin": FunctionInfo("rpm.uninstall_rpm_plugin", "GET", False, None, "query", "64"),
    "unlink_server_node": FunctionInfo("server_administration.unlink_server_node", "GET", False, None, "query", "86"),
    "unlink_user_authn_provider": FunctionInfo(
        "authentication.unlink_user_authn_provider", "GET", False, None, "query", "54"
    ),
    "unset_all_service_proxy_backends": FunctionInfo(
        "services.unset_all_service_proxy_backends", "GET", False, None, "query", "90"
    ),
    "unset_manual_mx_redirects": FunctionInfo("mail.unset_manual_mx_redirects", "GET", False, None, "query", "90"),
    "unset_nsec3_for_domains": FunctionInfo("dns.unset_nsec3_for_domains", "GET", False, None, "query", "86"),
    "unsetupreseller": FunctionInfo("resellers.unsetupreseller", "GET", False, None, "query", "11"),
    "unsuspend_outgoing_email": FunctionInfo("mail.unsuspend_outgoing_email", "GET", False, None, "query", "56"),
    "unsuspendacct": FunctionInfo("suspensions.unsuspendacct", "GET", False, None, "query", "11"),
    "unsuspendreseller": FunctionInfo("resellers.unsuspendreseller", "GET", False, None, "query", "11"),
    "untrack_acct_id": FunctionInfo("accounts.untrack_acct_id", "GET", False, None, "query", "58"),
    "update_configclusterserver": FunctionInfo(
        "server_administration.update_configclusterserver", "GET", False, None, "query", "11.44"
    ),
    "update_contact_email": FunctionInfo(
        "server_administration.update_contact_email", "GET", False, None, "query", "76"
    ),
    "update_customizations": FunctionInfo("customizations.update_customizations", "POST", False, None, "form", "100"),
    "update_featurelist": FunctionInfo("packages.update_featurelist", "GET", False, None, "query", "11"),
    "update_integration_link_token": FunctionInfo(
        "integration.update_integration_link_token", "GET", False, None, "query", "54"
    ),
    "update_linked_server_node": FunctionInfo(
        "server_administration.update_linked_server_node", "GET", False, None, "query", "86"
    ),
    "update_nameservers_config": FunctionInfo("dns.update_nameservers_config", "GET", False, None, "query", "76"),
    "update_reverse_dns_cache": FunctionInfo("dns.update_reverse_dns_cache", "GET", False, None, "query", "86"),
    "update_sql_config": FunctionInfo("databases.update_sql_config", "POST", False, None, "form", "11.100"),
    "update_updateconf": FunctionInfo("updates.update_updateconf", "POST", False, None, "form", "11.38"),
    "updateuserdomains": FunctionInfo("dns.updateuserdomains", "GET", False, None, "query", "86"),
    "validate_current_dkims": FunctionInfo("mail.validate_current_dkims", "GET", True, None, "query", "78"),
    "validate_current_dmarcs": FunctionInfo("mail.validate_current_dmarcs", "GET", True, None, "query", "124"),
    "validate_current_installed_exim_config": FunctionInfo(
        "mail.validate_current_installed_exim_config", "GET", True, None, "query", "11"
    ),
    "validate_current_ptrs": FunctionInfo("mail.validate_current_ptrs", "GET", True, None, "query", "78"),
    "validate_current_spfs": FunctionInfo("mail.validate_current_spfs", "GET", True, None, "query", "78"),
    "validate_exim_configuration_syntax": FunctionInfo(
        "mail.validate_exim_configuration_syntax", "GET", True, None, "query", "11"
    ),
    "validate_login_token": FunctionInfo("authentication.validate_login_token", "GET", False, None, "query", "62"),
    "validate_system_user": FunctionInfo("transfers.validate_system_user", "GET", True, None, "query", "11.44"),
    "verify_new_username": FunctionInfo("account_creation.verify_new_username", "GET", False, None, "query", "58"),
    "verify_new_username_for_restore": FunctionInfo(
        "account_restoration.verify_new_username_for_restore", "GET", False, None, "query", "58"
    ),
    "verify_posturl_access": FunctionInfo(
        "server_administration.verify_posturl_access", "GET", True, None, "query", "11.52"
    ),
    "verify_pushbullet_access": FunctionInfo(
        "server_administration.verify_pushbullet_access", "GET", True, None, "query", "11.52"
    ),
    "verify_slack_access": FunctionInfo("server_administration.verify_slack_access", "GET", True, None, "query", "90"),
    "verify_user_has_feature": FunctionInfo("packages.verify_user_has_feature", "GET", True, None, "query", "56"),
    "version": FunctionInfo("updates.version", "GET", True, None, "query", "11.38"),
    "wp_dashboard_create_api_token": FunctionInfo(
        "authentication.wp_dashboard_create_api_token", "GET", False, None, "query", "64"
    ),
    "wp_dashboard_create_login_link": FunctionInfo(
        "server_administration.wp_dashboard_create_login_link", "GET", False, None, "query", "11.40"
    ),
    "wp_dashboard_get_hostname": FunctionInfo(
        "server_administration.wp_dashboard_get_hostname", "GET", False, None, "query", "11"
    ),
}
