# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged rpm. Generated; do not edit."""
