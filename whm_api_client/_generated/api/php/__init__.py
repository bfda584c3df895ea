# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged php. Generated; do not edit."""
