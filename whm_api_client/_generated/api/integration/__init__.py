# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged integration. Generated; do not edit."""
