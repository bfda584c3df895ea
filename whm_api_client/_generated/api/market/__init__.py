# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged market. Generated; do not edit."""
