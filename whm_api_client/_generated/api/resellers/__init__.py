# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged resellers. Generated; do not edit."""
