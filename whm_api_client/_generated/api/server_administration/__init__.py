# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged server_administration. Generated; do not edit."""
