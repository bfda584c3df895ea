# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged suspensions. Generated; do not edit."""
