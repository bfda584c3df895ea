# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged services. Generated; do not edit."""
