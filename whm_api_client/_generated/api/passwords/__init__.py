# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged passwords. Generated; do not edit."""
