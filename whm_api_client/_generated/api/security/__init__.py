# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged security. Generated; do not edit."""
