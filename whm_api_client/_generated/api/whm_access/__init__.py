# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged whm_access. Generated; do not edit."""
