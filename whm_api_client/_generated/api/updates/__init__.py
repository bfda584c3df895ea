# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged updates. Generated; do not edit."""
