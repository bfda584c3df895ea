# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged account_management. Generated; do not edit."""
