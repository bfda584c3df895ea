# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged mail. Generated; do not edit."""
