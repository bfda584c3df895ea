# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged user_data. Generated; do not edit."""
