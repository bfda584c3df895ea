# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged styles. Generated; do not edit."""
