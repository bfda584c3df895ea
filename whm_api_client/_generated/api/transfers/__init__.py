# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged transfers. Generated; do not edit."""
