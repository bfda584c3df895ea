# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged packages. Generated; do not edit."""
