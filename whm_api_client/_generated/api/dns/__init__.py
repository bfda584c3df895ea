# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged dns. Generated; do not edit."""
