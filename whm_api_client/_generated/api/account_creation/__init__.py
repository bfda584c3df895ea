# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged account_creation. Generated; do not edit."""
