# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged ip_addresses. Generated; do not edit."""
