# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged applications. Generated; do not edit."""
