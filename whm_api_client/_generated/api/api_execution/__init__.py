# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged api_execution. Generated; do not edit."""
