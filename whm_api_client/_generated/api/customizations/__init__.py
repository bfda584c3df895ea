# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged customizations. Generated; do not edit."""
