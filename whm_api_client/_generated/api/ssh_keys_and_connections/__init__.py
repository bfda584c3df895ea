# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged ssh_keys_and_connections. Generated; do not edit."""
