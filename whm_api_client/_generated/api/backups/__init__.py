# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged backups. Generated; do not edit."""
