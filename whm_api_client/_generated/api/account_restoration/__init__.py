# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged account_restoration. Generated; do not edit."""
