# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged accounts. Generated; do not edit."""
