# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged ssl. Generated; do not edit."""
