# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged databases. Generated; do not edit."""
